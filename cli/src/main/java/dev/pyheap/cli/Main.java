package dev.pyheap.cli;

/** Entry point of the {@code pyheap} command. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        System.out.println("pyheap");
    }
}
