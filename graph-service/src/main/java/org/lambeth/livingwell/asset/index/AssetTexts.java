package org.lambeth.livingwell.asset.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.DoubleSupplier;
import java.util.function.IntConsumer;

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
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The assets' names and descriptions in an in-memory Lucene index, beside {@link IndexedAssets}: the same fields,
 * analyzer ("standard-no-stop-words") and query syntax as the store's {@code asset_text} full-text index, so that
 * the index can count and rank a text search in one pass over the matches instead of Cypher reading every match
 * twice. Each document carries the asset's slot in {@link IndexedAssets}. Not thread-safe for writing:
 * {@link SearchIndex} writes under its write lock; searches may run together.
 */
final class AssetTexts implements AutoCloseable {

    private static final String ID = "id";
    private static final String SLOT = "slot";
    private static final String[] FIELDS = {"name", "description"};

    /** Receives each match: its slot in {@link IndexedAssets} and its score. */
    @FunctionalInterface
    interface HitConsumer {
        void accept(int slot, float score);
    }

    /** A search's matches, handed to a consumer when asked, in index order, on the caller's thread. */
    interface Hits {

        /** Every match's slot, unscored (the cheapest pass: counts, clusters, facets). */
        void forEach(IntConsumer consumer);

        /** Every match with its score. */
        void forEachScored(HitConsumer consumer);

        /**
         * The matches with their scores, where Lucene may leave out those scoring less than {@code minScore} (read
         * after each match; it must never fall): for a top-k by score, whose worst score so far is the minimum.
         */
        void forEachCompetitive(HitConsumer consumer, DoubleSupplier minScore);
    }

    private final Analyzer analyzer = new StandardAnalyzer(CharArraySet.EMPTY_SET);
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private IndexSearcher searcher;
    /**
     * Each segment's slots by document number, read once from its doc values when the segment first appears (a
     * segment never changes), so a match's slot is an array read instead of a packed doc-values lookup.
     */
    private Map<Object, int[]> slotsBySegment = Map.of();

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
                var slots = new HashMap<Object, int[]>();
                for (var leaf : reader.leaves()) {
                    var key = segmentKey(leaf);
                    var known = slotsBySegment.get(key);
                    slots.put(key, known != null ? known : readSlots(leaf));
                }
                slotsBySegment = slots;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The assets matching {@code textQuery} (built by {@link TextQuery}: plain words, AND, OR, brackets and a
     * trailing *), each handed to the consumer with its score, in index order, on the caller's thread. The query is
     * parsed once here, however many passes are asked for.
     */
    Hits matches(String textQuery) {
        Query query;
        try {
            query = new MultiFieldQueryParser(FIELDS, analyzer).parse(textQuery);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a query TextQuery builds: " + e.getMessage(), e);
        }
        return new Hits() {
            @Override
            public void forEach(IntConsumer consumer) {
                search(query, ScoreMode.COMPLETE_NO_SCORES, (slot, score) -> consumer.accept(slot), null);
            }

            @Override
            public void forEachScored(HitConsumer consumer) {
                search(query, ScoreMode.COMPLETE, consumer, null);
            }

            @Override
            public void forEachCompetitive(HitConsumer consumer, DoubleSupplier minScore) {
                search(query, ScoreMode.TOP_SCORES, consumer, minScore);
            }
        };
    }

    private void search(Query query, ScoreMode mode, HitConsumer consumer, DoubleSupplier minScore) {
        try {
            searcher.search(query, new HitCollectors(slotsBySegment, mode, consumer, minScore));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Object segmentKey(LeafReaderContext leaf) {
        return leaf.reader().getCoreCacheHelper().getKey();
    }

    private static int[] readSlots(LeafReaderContext leaf) throws IOException {
        var slots = new int[leaf.reader().maxDoc()];
        Arrays.fill(slots, -1);
        var values = DocValues.getNumeric(leaf.reader(), SLOT);
        for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
            slots[doc] = (int) values.longValue();
        }
        return slots;
    }

    @Override
    public void close() {
        try {
            reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One collector per slice of the index (one slice: the searcher has no executor), each feeding the consumer. */
    private record HitCollectors(Map<Object, int[]> slotsBySegment, ScoreMode mode, HitConsumer consumer,
            DoubleSupplier minScore) implements CollectorManager<HitCollector, Void> {

        @Override
        public HitCollector newCollector() {
            return new HitCollector(this);
        }

        @Override
        public Void reduce(Collection<HitCollector> collectors) {
            return null;
        }
    }

    /** Hands on each match's slot and (unless unscored) score; passes the minimum score on to the scorer. */
    private static final class HitCollector extends SimpleCollector {

        private final HitCollectors search;
        private final boolean scored;
        private int[] slots;
        private Scorable scorer;
        private float minScoreSet;

        HitCollector(HitCollectors search) {
            this.search = search;
            this.scored = search.mode().needsScores();
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) {
            slots = search.slotsBySegment().get(segmentKey(context));
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            this.scorer = scorer;
            minScoreSet = 0;
            raiseMinScore();
        }

        @Override
        public void collect(int doc) throws IOException {
            int slot = slots[doc];
            if (slot >= 0) {
                search.consumer().accept(slot, scored ? scorer.score() : Float.NaN);
                raiseMinScore();
            }
        }

        private void raiseMinScore() throws IOException {
            if (search.minScore() != null) {
                float min = (float) search.minScore().getAsDouble();
                if (min > minScoreSet) {
                    scorer.setMinCompetitiveScore(min);
                    minScoreSet = min;
                }
            }
        }

        @Override
        public ScoreMode scoreMode() {
            return search.mode();
        }
    }
}
