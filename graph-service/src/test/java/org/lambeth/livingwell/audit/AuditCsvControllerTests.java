package org.lambeth.livingwell.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditCsvControllerTests {

    @Test
    void aCellASpreadsheetWouldRunAsAFormulaIsText() {
        assertThat(AuditCsvController.safe("=HYPERLINK(\"http://x\")")).isEqualTo("'=HYPERLINK(\"http://x\")");
        assertThat(AuditCsvController.safe("+1")).isEqualTo("'+1");
        assertThat(AuditCsvController.safe("-1")).isEqualTo("'-1");
        assertThat(AuditCsvController.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(AuditCsvController.safe("editor")).isEqualTo("editor");
        assertThat(AuditCsvController.safe("{\"name\":\"=x\"}")).isEqualTo("{\"name\":\"=x\"}");
        assertThat(AuditCsvController.safe("")).isEmpty();
        assertThat(AuditCsvController.safe(null)).isNull();
    }
}
