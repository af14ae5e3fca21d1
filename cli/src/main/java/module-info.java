/** The {@code pyheap} command. */
module dev.pyheap.cli {
    requires dev.pyheap.api;
    requires dev.pyheap.runtime;
    requires dev.pyheap.driver;
    requires dev.pyheap.interpreter;
    requires info.picocli;
    requires org.jline.reader;
    requires io.github.javadiffutils;
    requires org.slf4j;
    requires java.desktop;
    requires tools.jackson.databind;
    requires org.jfree.svg;
    requires jdk.jfr;

    opens dev.pyheap.cli to info.picocli;
    // The HTML report's data: records Jackson writes.
    opens dev.pyheap.cli.output to tools.jackson.databind;
}
