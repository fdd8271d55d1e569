package cn.shenyang.grassroots.volunteer.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CsvTextAndNamesTest {
    @Test
    void fieldsAreQuotedWhenTheyMustBeAndFormulasDefused() {
        assertEquals("", CsvText.field(null));
        assertEquals("王芳", CsvText.field("王芳"));
        assertEquals("\"王,芳\"", CsvText.field("王,芳"));
        assertEquals("\"说\"\"好\"\"\"", CsvText.field("说\"好\""));
        assertEquals("\"a\nb\"", CsvText.field("a\nb"));
        assertEquals("'=1+1", CsvText.field("=1+1"));
        assertEquals("'@SUM(A1)", CsvText.field("@SUM(A1)"));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", CsvText.field("=HYPERLINK(\"x\")"));
        assertEquals("'-2", CsvText.field("-2"));
    }

    @Test
    void namesKeepOnlyTheirFirstCharacter() {
        assertEquals("张**", Names.mask("张晓明"));
        assertEquals("李*", Names.mask("李四"));
        assertEquals("王", Names.mask("王"));
        assertEquals("𠀀*", Names.mask("𠀀明"));
        assertEquals("", Names.mask(""));
    }
}
