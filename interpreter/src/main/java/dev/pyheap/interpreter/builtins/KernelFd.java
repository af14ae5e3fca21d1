package dev.pyheap.interpreter.builtins;

/**
 * What a descriptor of the interpreter's table ({@link FdTable}) stands for when the kernel has
 * a descriptor behind it (a socket, a pipe end, an epoll instance): the number {@code poll(2)},
 * {@code select(2)} and {@code epoll_ctl(2)} are given for it. The program sees the table's
 * number, the kernel this one.
 */
interface KernelFd {
    int kernelFd();
}
