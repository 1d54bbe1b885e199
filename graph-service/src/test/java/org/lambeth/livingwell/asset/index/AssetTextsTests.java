package org.lambeth.livingwell.asset.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.asset.TextQuery;

/**
 * The in-memory text index on its own: matches by slot, scores, changes seen only after a refresh, and the three ways
 * of handing matches on agreeing. (SearchIndexIT checks it against Neo4j's full-text index over the real seeds.)
 */
class AssetTextsTests {

    private final AssetTexts texts = new AssetTexts();

    @AfterEach
    void close() {
        texts.close();
    }

    @Test
    void findsEveryWordRequiredAndTheLastAsAPrefix() {
        texts.put(0, "a", "Brixton Community Garden", "A garden with raised beds");
        texts.put(1, "b", "Herne Hill Library", "Books, computers and a small garden");
        texts.put(2, "c", "Gardening club", "Weekly on Saturdays");
        texts.put(3, "d", "Coffee morning", null);
        texts.refresh();

        assertThat(scored(TextQuery.of("garden", "text")).keySet()).containsExactlyInAnyOrder(0, 1, 2);
        assertThat(scored(TextQuery.of("community gard", "text")).keySet()).containsExactly(0);
        assertThat(scored(TextQuery.of("coffee", "text")).keySet()).containsExactly(3);
        // an operator of the index's syntax is a plain (required) word here: no asset has the word "or"
        assertThat(scored(TextQuery.of("garden OR coffee", "text")).keySet()).isEmpty();
        assertThat(scored(TextQuery.of("garden AND books", "text")).keySet()).containsExactly(1);
        assertThat(scored(TextQuery.of("small garden", "text")).keySet()).containsExactly(1);
    }

    @Test
    void scoresTheExactWordInTheNameHighest() {
        texts.put(0, "a", "Brixton Community Garden", "A garden with raised beds");
        texts.put(1, "b", "Herne Hill Library", "Books, computers and a small garden");
        texts.put(2, "c", "Gardening club", "Weekly on Saturdays");
        texts.refresh();

        var scores = scored(TextQuery.of("garden", "text"));
        assertThat(scores.get(0)).isGreaterThan(scores.get(1)).isGreaterThan(scores.get(2));
    }

    @Test
    void changesAreSeenAfterARefreshOnly() {
        texts.put(0, "a", "Brixton Community Garden", null);
        texts.refresh();
        texts.put(0, "a", "Brixton Orchard", null);
        texts.put(5, "e", "Kennington Garden", null);
        assertThat(scored(TextQuery.of("garden", "text")).keySet()).containsExactly(0);

        texts.refresh();
        assertThat(scored(TextQuery.of("garden", "text")).keySet()).containsExactly(5);
        assertThat(scored(TextQuery.of("orchard", "text")).keySet()).containsExactly(0);

        texts.remove("e");
        texts.remove("not-held");
        texts.refresh();
        assertThat(scored(TextQuery.of("garden", "text"))).isEmpty();
    }

    @Test
    void theUnscoredAndCompetitivePassesAgreeWithTheScoredOne() {
        for (int slot = 0; slot < 3_000; slot++) {
            texts.put(slot, "id-" + slot, "Garden " + slot, "garden ".repeat(1 + slot % 7) + "words " + slot % 13);
            if (slot % 500 == 0) {
                texts.refresh(); // several segments
            }
        }
        texts.refresh();
        var hits = texts.matches(TextQuery.of("garden", "text"));
        var scored = scored(TextQuery.of("garden", "text"));
        assertThat(scored).hasSize(3_000);

        var unscored = new ArrayList<Integer>();
        hits.forEach(unscored::add);
        assertThat(unscored).containsExactlyInAnyOrderElementsOf(scored.keySet());

        // with a minimum score, every match at or above it still arrives, with the same score
        var sorted = scored.values().stream().sorted().toList();
        double min = sorted.get(sorted.size() - 100);
        var competitive = new HashMap<Integer, Float>();
        hits.forEachCompetitive(competitive::put, () -> min);
        var atLeast = scored.entrySet().stream().filter(e -> e.getValue() >= (float) min).map(Map.Entry::getKey)
                .toList();
        assertThat(competitive.keySet()).containsAll(atLeast);
        assertThat(atLeast).hasSizeGreaterThanOrEqualTo(100);
        competitive.forEach((slot, score) -> assertThat(score).isEqualTo(scored.get(slot)));
    }

    private Map<Integer, Float> scored(String textQuery) {
        var found = new HashMap<Integer, Float>();
        texts.matches(textQuery).forEachScored(found::put);
        return found;
    }
}
