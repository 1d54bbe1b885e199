package org.lambeth.livingwell.asset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The assets' names and descriptions in an in-memory Lucene index, beside {@link ClusterPoints}: the same fields,
 * analyzer ("standard-no-stop-words") and query syntax as the store's {@code asset_text} full-text index, so that
 * the index can count and rank a text search in one pass over the matches instead of Cypher reading every match
 * twice. Each document carries the asset's slot in {@link ClusterPoints}. Not thread-safe for writing:
 * {@link ClusterIndex} writes under its write lock; searches may run together.
 */
final class AssetTexts implements AutoCloseable {

    private static final String ID = "id";
    private static final String SLOT = "slot";
    private static final String[] FIELDS = {"name", "description"};

    /** The matching assets' slots and scores, in no particular order. */
    record Hits(int[] slots, float[] scores, int size) {
    }

    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;

    AssetTexts() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64)
                    .setCommitOnClose(false));
            reader = DirectoryReader.open(writer);
            searcher = new IndexSearcher(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds the asset's text, or replaces what was held of it; seen by searches after {@link #refresh}. */
    void put(int slot, String id, String name, String description) {
        var document = new Document();
        document.add(new StringField(ID, id, Field.Store.NO));
        document.add(new NumericDocValuesField(SLOT, slot));
        if (name != null) {
            document.add(new TextField(FIELDS[0], name, Field.Store.NO));
        }
        if (description != null) {
            document.add(new TextField(FIELDS[1], description, Field.Store.NO));
        }
        try {
            writer.updateDocument(new Term(ID, id), document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Forgets the asset's text; nothing when it was not held. Seen by searches after {@link #refresh}. */
    void remove(String id) {
        try {
            writer.deleteDocuments(new Term(ID, id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes so far visible to searches. */
    void refresh() {
        try {
            var changed = DirectoryReader.openIfChanged(reader, writer);
            if (changed != null) {
                reader.close();
                reader = changed;
                searcher = new IndexSearcher(reader);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Every asset matching {@code textQuery} (built by {@link TextQuery}: plain words, AND, OR, brackets and a
     * trailing *), with its score.
     */
    Hits search(String textQuery) {
        try {
            var query = new MultiFieldQueryParser(FIELDS, analyzer).parse(textQuery);
            return searcher.search(query, new HitCollectors());
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a query TextQuery builds: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One collector per slice of the index (one without an executor), their hits joined. */
    private static final class HitCollectors implements CollectorManager<HitCollector, Hits> {

        @Override
        public HitCollector newCollector() {
            return new HitCollector();
        }

        @Override
        public Hits reduce(Collection<HitCollector> collectors) {
            int size = collectors.stream().mapToInt(collector -> collector.size).sum();
            var slots = new int[size];
            var scores = new float[size];
            int at = 0;
            for (var collector : collectors) {
                System.arraycopy(collector.slots, 0, slots, at, collector.size);
                System.arraycopy(collector.scores, 0, scores, at, collector.size);
                at += collector.size;
            }
            return new Hits(slots, scores, size);
        }
    }

    /** Each match's slot (from the document's doc value) and score. */
    private static final class HitCollector extends SimpleCollector {

        private int[] slots = new int[256];
        private float[] scores = new float[256];
        private int size;
        private NumericDocValues slotValues;
        private Scorable scorer;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            slotValues = DocValues.getNumeric(context.reader(), SLOT);
        }

        @Override
        public void setScorer(Scorable scorer) {
            this.scorer = scorer;
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!slotValues.advanceExact(doc)) {
                return;
            }
            if (size == slots.length) {
                slots = Arrays.copyOf(slots, size * 2);
                scores = Arrays.copyOf(scores, size * 2);
            }
            slots[size] = (int) slotValues.longValue();
            scores[size] = scorer.score();
            size++;
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE;
        }
    }
}
