/** The {@code pyheap} command. */
module dev.pyheap.cli {
    requires dev.pyheap.api;
    requires dev.pyheap.runtime;
    requires dev.pyheap.driver;
    requires dev.pyheap.interpreter;
    requires info.picocli;
    requires io.github.javadiffutils;
    requires org.slf4j;
    requires jdk.jfr;

    opens dev.pyheap.cli to info.picocli;
}
