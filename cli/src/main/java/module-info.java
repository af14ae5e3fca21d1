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
    // Logging is configured in code (LogConfiguration), found by logback as a service.
    requires ch.qos.logback.classic;
    requires ch.qos.logback.core;
    requires java.desktop;
    requires tools.jackson.databind;
    requires org.jfree.svg;
    requires jdk.jfr;

    provides ch.qos.logback.classic.spi.Configurator with dev.pyheap.cli.LogConfiguration;

    opens dev.pyheap.cli to info.picocli;
    // The HTML report's data: records Jackson writes.
    opens dev.pyheap.cli.output to tools.jackson.databind;
}
