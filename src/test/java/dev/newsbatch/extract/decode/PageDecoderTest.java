package dev.newsbatch.extract.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    private static final Charset GB18030 = Charset.forName("GB18030");
    /** Enough running Chinese text for a statistical detector to be sure. */
    private static final String CHINESE = "<html><head><title>新闻</title></head><body><p>"
            + "上海市政府周二宣布,将在今年年底前完成全市老旧小区的改造工作,涉及居民超过十万户。".repeat(4)
            + "</p><p>市民对此表示欢迎,认为改造将明显改善居住条件和社区环境。</p></body></html>";

    private final PageDecoder decoder = new PageDecoder();

    @Test
    void byteOrderMarkWinsOverEverything() {
        byte[] body = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "<meta charset=\"iso-8859-1\"><p>café</p>".getBytes(StandardCharsets.UTF_8));
        DecodedPage page = decoder.decode(body, "text/html; charset=windows-1252");
        assertThat(page.charsetSource()).isEqualTo("bom");
        assertThat(page.text()).startsWith("<meta").contains("café");
    }

    @Test
    void httpHeaderComesBeforeMeta() {
        byte[] body = "<meta charset=\"utf-8\"><p>café</p>".getBytes(StandardCharsets.ISO_8859_1);
        DecodedPage page = decoder.decode(body, "text/html; charset=ISO-8859-1");
        assertThat(page.charsetSource()).isEqualTo("http");
        assertThat(page.text()).contains("café");
    }

    @Test
    void metaDeclarationIsRead() {
        byte[] body = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "</head><body>" + CHINESE + "</body></html>").getBytes(GB18030);
        DecodedPage page = decoder.decode(body, null);
        assertThat(page.charsetSource()).isEqualTo("meta");
        assertThat(page.charset()).isEqualTo(GB18030);
        assertThat(page.text()).contains("上海市政府周二宣布");
    }

    @Test
    void gbkWithNoDeclarationIsDetectedAndReadAsGb18030() {
        DecodedPage page = decoder.decode(CHINESE.getBytes(GB18030), null);
        assertThat(page.charsetSource()).isEqualTo("detected");
        assertThat(page.charset()).isEqualTo(GB18030);
        assertThat(page.text()).contains("市民对此表示欢迎");
    }

    @Test
    void validUtf8WithNoDeclarationIsUtf8() {
        DecodedPage page = decoder.decode(CHINESE.getBytes(StandardCharsets.UTF_8), null);
        assertThat(page.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(page.text()).isEqualTo(CHINESE);
    }

    @Test
    void smallerChineseCharsetsAreWidened() {
        assertThat(PageDecoder.charsetNamed("GBK")).isEqualTo(GB18030);
        assertThat(PageDecoder.charsetNamed("gb2312")).isEqualTo(GB18030);
        assertThat(PageDecoder.charsetNamed("no-such-charset")).isNull();
    }

    @Test
    void unknownDeclaredCharsetFallsThroughToDetection() {
        byte[] body = "<p>plain words</p>".getBytes(StandardCharsets.UTF_8);
        DecodedPage page = decoder.decode(body, "text/html; charset=x-unheard-of");
        assertThat(page.charsetSource()).isEqualTo("detected");
        assertThat(page.text()).isEqualTo("<p>plain words</p>");
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
