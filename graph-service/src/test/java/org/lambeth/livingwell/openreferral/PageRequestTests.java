package org.lambeth.livingwell.openreferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTests {

    @Test
    void defaultsAndBounds() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(1, PageRequest.DEFAULT_PER_PAGE));
        assertThat(PageRequest.of("3", "500").skip()).isEqualTo(1000);
        for (var bad : new String[][] {{"0", "10"}, {"-1", "10"}, {"x", "10"}, {"1", "0"}, {"1", "501"},
                {"1", "ten"}, {"99999999", "500"}, {"1.5", "10"}}) {
            assertThatThrownBy(() -> PageRequest.of(bad[0], bad[1])).isInstanceOf(BadParameterException.class);
        }
        assertThatThrownBy(() -> PageRequest.of("1", "501")).isInstanceOfSatisfying(BadParameterException.class,
                e -> assertThat(e.parameter() + "=" + e.value()).isEqualTo("per_page=501"));
    }

    @Test
    void theEnvelopeCountsPages() {
        var middle = new PageRequest(2, 10).envelope(25, List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
        assertThat(middle).containsEntry("total_items", 25L).containsEntry("total_pages", 3L)
                .containsEntry("page_number", 2).containsEntry("size", 10).containsEntry("first_page", false)
                .containsEntry("last_page", false).containsEntry("empty", false);
        var none = new PageRequest(1, 10).envelope(0, List.of());
        assertThat(none).containsEntry("total_pages", 1L).containsEntry("first_page", true)
                .containsEntry("last_page", true).containsEntry("empty", true).containsEntry("size", 0);
        var sliced = new PageRequest(3, 2).slice(List.of("a", "b", "c", "d", "e"));
        assertThat(sliced).containsEntry("contents", List.of("e")).containsEntry("last_page", true)
                .containsEntry("total_items", 5L);
        assertThat(new PageRequest(9, 2).slice(List.of("a")).get("contents")).isEqualTo(List.of());
    }

    @Test
    void searchTextIsPlainWords() {
        assertThat(SearchText.query("search", null)).isNull();
        assertThat(SearchText.query("search", "  ")).isNull();
        assertThat(SearchText.query("search", "Food bank")).isEqualTo("food AND (bank OR bank*)");
        assertThat(SearchText.query("search", "a:b* OR")).isEqualTo("a AND b AND (or OR or*)");
        assertThatThrownBy(() -> SearchText.query("search", "*?~")).isInstanceOf(BadParameterException.class);
    }
}
