package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lambeth.livingwell.api.SpreadsheetCells;

class AuditCsvControllerTests {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsText() {
        assertThat(SpreadsheetCells.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(SpreadsheetCells.safe("+1")).isEqualTo("'+1");
        assertThat(SpreadsheetCells.safe("-1")).isEqualTo("'-1");
        assertThat(SpreadsheetCells.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCells.safe("editor")).isEqualTo("editor");
        assertThat(SpreadsheetCells.safe("{\"name\":\"=x\"}")).isEqualTo("{\"name\":\"=x\"}");
        assertThat(SpreadsheetCells.safe("")).isEmpty();
        assertThat(SpreadsheetCells.safe(null)).isNull();
    }
}
