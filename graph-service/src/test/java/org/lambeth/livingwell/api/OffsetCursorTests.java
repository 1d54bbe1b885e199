package org.lambeth.livingwell.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OffsetCursorTests {

    @Test
    void aCursorLeadsToTheNextPosition() {
        assertThat(OffsetCursor.startAfter(null, "after")).isZero();
        assertThat(OffsetCursor.startAfter(OffsetCursor.encode(9), "after")).isEqualTo(10);
    }

    @Test
    void aForgedCursorNamesTheArgument() {
        assertThatThrownBy(() -> OffsetCursor.startAfter("offset:-3", "after"))
                .isInstanceOf(InvalidArgumentException.class).hasMessageStartingWith("after:");
        assertThatThrownBy(() -> OffsetCursor.startAfter(OffsetCursor.encode(-2), "after"))
                .isInstanceOf(InvalidArgumentException.class);
    }

    @Test
    void pageSizesAreCapped() {
        assertThat(OffsetCursor.pageSize(20, 500, "first")).isEqualTo(20);
        assertThatThrownBy(() -> OffsetCursor.pageSize(501, 500, "first")).hasMessageContaining("between 1 and 500");
        assertThatThrownBy(() -> OffsetCursor.pageSize(0, 500, "first")).hasMessageStartingWith("first:");
    }

    @Test
    void pageInfoSaysWhetherThereIsMore() {
        var info = PageInfo.of(10, 10, 25);
        assertThat(info.hasNextPage()).isTrue();
        assertThat(info.hasPreviousPage()).isTrue();
        assertThat(PageInfo.of(20, 5, 25).hasNextPage()).isFalse();
        assertThat(PageInfo.of(0, 0, 0).startCursor()).isNull();
    }
}
