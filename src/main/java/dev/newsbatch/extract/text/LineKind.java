package dev.newsbatch.extract.text;

/** What one line of a text dump is, as the cleaner decides it. Only {@link #BODY} and {@link #SHORT_SENTENCE} lines
 *  inside the body zone become paragraphs; captions, credits, bylines, dates and the title feed metadata. */
enum LineKind {
    /** Nothing but white space. */
    BLANK,
    /** A sentence long enough to be a paragraph of the story. */
    BODY,
    /** A complete but short sentence ("He declined to comment."): a paragraph only between body paragraphs. */
    SHORT_SENTENCE,
    /** A short line that is no sentence: menus, section names, labels, headings, attributions. */
    SHORT,
    /** A trail of links to the page: "Home >> World >> Asia". */
    BREADCRUMB,
    /** What is left of an image in Markdown: "![]()", "![alt](src) |". */
    IMAGE_PLACEHOLDER,
    /** A link to another story: "READ MORE: …", "Related: …", "Lesen Sie auch: …". */
    TEASER,
    /** Site chrome in capitals or cut from a table: "CHINA NEWS |", "OPEN |". */
    BANNER,
    /** Legal and subscription text: copyright, cookies, newsletters. */
    BOILERPLATE,
    /** Controls of the page: share buttons, a video player, print and font-size links. */
    WIDGET,
    /** A photo caption ending in its bracketed credit: "Crowds in Rome. (Jane Doe / AFP)". */
    CAPTION,
    /** A photo credit on its own line: "Photo: Jane Doe/Reuters". */
    CREDIT,
    /** A byline or source line: "By Jane Doe", "From: Xinhua | 2019-01-03 17:21". */
    BYLINE,
    /** A line that is only a date, perhaps labelled: "Updated: 2019-01-03 17:21". */
    DATE,
    /** The headline, found above the byline or below the breadcrumb. */
    TITLE,
    /** A quote pulled out of a nearby paragraph and repeated in large type. */
    PULL_QUOTE,
    /** The name and title under a pull quote: "Jane Doe, Secretary of State". */
    ATTRIBUTION
}
