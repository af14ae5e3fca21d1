package dev.pyheap.interpreter.builtins;

import dev.pyheap.runtime.PyException;
import dev.pyheap.runtime.objects.Abstract;
import dev.pyheap.runtime.objects.Args;
import dev.pyheap.runtime.objects.ObjectSpace;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code posix} (Modules/posixmodule.c), the primitives the library's {@code os} module is written
 * over: the process ({@code getpid}, {@code getppid}, {@code cpu_count}, {@code environ} as a dict
 * of str read once from the process environment), the file system ({@code getcwd}, {@code listdir},
 * {@code stat}/{@code lstat}/{@code fstat} as a tuple {@code os} turns into a {@code stat_result}, {@code mkdir},
 * {@code rmdir}, {@code unlink}/{@code remove}, {@code rename}/{@code replace}, {@code access},
 * {@code chmod}), {@code urandom}, {@code strerror}, and file descriptors ({@code open},
 * {@code read}, {@code write}, {@code close}, {@code lseek}, {@code ftruncate}) kept in a table of this module,
 * numbered from 3 as a fresh process numbers them. Failures raise CPython's {@code OSError}
 * subclass for the errno ({@code FileNotFoundError: [Errno 2] No such file or directory: 'x'}).
 * Relative paths are resolved against the interpreter's {@link WorkingDirectory}, which {@code chdir}
 * moves ({@code getcwd} reports it); the JVM's own directory never changes.
 */
final class PosixModule {
    private PosixModule() {
    }

    // Linux errno values (errno.h) and os.open's flags
    static final int ENOENT = 2, EBADF = 9, EACCES = 13, EEXIST = 17, ENOTDIR = 20, EISDIR = 21,
            EINVAL = 22, ENOTTY = 25, ENOTEMPTY = 39;
    private static final int O_WRONLY = 1, O_RDWR = 2, O_CREAT = 0x40, O_EXCL = 0x80, O_TRUNC = 0x200,
            O_APPEND = 0x400;

    static void fill(ModuleTable table, long module, long dict) {
        ObjectSpace space = table.space();
        FdTable fds = table.fds();
        WorkingDirectory cwd = table.cwd();
        PosixSystem.fill(table, module, dict);
        PosixFileCalls.fill(table, module, dict);
        SysModule.function(space, module, dict, "pathconf", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pathconf", a, n, kw).keywords().range(2, 2);
            String path = path(space, c.get(0));
            return PosixSystem.pathconf(space, at(space, cwd, path).toString(), path, c.get(1));
        });
        SysModule.function(space, module, dict, "getpid", (self, a, n, kw) -> {
            new CallArgs(space, "posix.getpid", a, n, kw).exactly(0);
            return space.newInt(ProcessHandle.current().pid());
        });
        SysModule.function(space, module, dict, "getppid", (self, a, n, kw) -> {
            new CallArgs(space, "posix.getppid", a, n, kw).exactly(0);
            return space.newInt(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L));
        });
        // The process's credentials as the kernel reports them in /proc/self/status: "Uid:" and
        // "Gid:" give the real, effective, saved and file-system ids in that order.
        String[][] credentials = {{"getuid", "Uid:", "0"}, {"geteuid", "Uid:", "1"}, {"getgid", "Gid:", "0"},
                {"getegid", "Gid:", "1"}};
        for (String[] c : credentials) {
            SysModule.function(space, module, dict, c[0], (self, a, n, kw) -> {
                new CallArgs(space, "posix." + c[0], a, n, kw).exactly(0);
                return space.newInt(Long.parseLong(statusField(c[1])[Integer.parseInt(c[2])]));
            });
        }
        SysModule.function(space, module, dict, "getgroups", (self, a, n, kw) -> {
            new CallArgs(space, "posix.getgroups", a, n, kw).exactly(0);
            long list = space.listType.create();
            for (String gid : statusField("Groups:")) {
                long g = space.newInt(Long.parseLong(gid));
                space.listType.append(list, g);
                space.decref(g);
            }
            return list;
        });
        SysModule.function(space, module, dict, "cpu_count", (self, a, n, kw) -> {
            new CallArgs(space, "posix.cpu_count", a, n, kw).exactly(0);
            return space.newInt(Runtime.getRuntime().availableProcessors());
        });
        long environ = space.dictType.create();
        try {
            for (var e : System.getenv().entrySet()) {
                long k = space.strType.runtime(e.getKey());
                long v = space.strType.runtime(e.getValue());
                space.dictType.setItem(environ, k, v);
                space.decref(k);
                space.decref(v);
            }
            SysModule.setItem(space, dict, "environ", environ);
        } finally {
            space.decref(environ);
        }
        SysModule.function(space, module, dict, "getcwd", (self, a, n, kw) -> {
            new CallArgs(space, "posix.getcwd", a, n, kw).exactly(0);
            return space.strType.runtime(cwd.current().toString());
        });
        SysModule.function(space, module, dict, "chdir", (self, a, n, kw) -> {
            long arg = new CallArgs(space, "chdir", a, n, kw).keywords().range(1, 1).get(0);
            if (space.intType.check(arg)) {
                // chdir(fd) is fchdir; its errors name the descriptor
                int errno = changeTo(fds, cwd, fd(space, arg));
                if (errno != 0) {
                    throw osError(space, errno, arg);
                }
                return space.newNone();
            }
            String path = path(space, arg);
            Path p = at(space, cwd, path);
            if (!Files.exists(p)) {
                throw osError(space, ENOENT, path);
            }
            if (!Files.isDirectory(p)) {
                throw osError(space, ENOTDIR, path);
            }
            if (!Files.isExecutable(p)) {
                throw osError(space, EACCES, path);
            }
            try {
                cwd.change(p.toRealPath());
            } catch (IOException e) {
                throw osError(space, e, path);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "fchdir", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "fchdir", a, n, kw).keywords("fd");
            long arg = c.nargs > 0 ? c.range(1, 1).get(0) : c.keyword("fd");
            if (arg == 0) {
                throw new PyException("TypeError", "fchdir() missing required argument 'fd' (pos 1)");
            }
            int errno = changeTo(fds, cwd, descriptor(space, arg));
            if (errno != 0) {
                throw osError(space, errno, null);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "_fd_path", (self, a, n, kw) -> {
            // what os's dir_fd arguments and fchmod/fchown/listdir(fd) resolve against: the name the
            // descriptor was opened on; None for a pipe or a standard stream; EBADF when closed
            int fd = descriptor(space, new CallArgs(space, "_fd_path", a, n, kw).exactly(1).get(0));
            Path p = fd < 0 ? null : io(space, () -> fds.path(fd));
            if (fd < 0) {
                throw osError(space, EBADF, null);
            }
            return p == null ? space.newNone() : space.strType.runtime(p.toString());
        });
        SysModule.function(space, module, dict, "utime", (self, a, n, kw) -> {
            utime(space, fds, cwd, new CallArgs(space, "utime", a, n, kw));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "symlink", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "symlink", a, n, kw).keywords("src", "dst", "target_is_directory", "dir_fd").range(2, 3);
            String src = path(space, c.get(0)), dst = path(space, c.get(1));
            try {
                Files.createSymbolicLink(at(space, cwd, dst), Path.of(src));
            } catch (IOException e) {
                throw osError(space, e, src, dst);
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "listdir", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "listdir", a, n, kw).keywords().range(1, 1);
            String path = path(space, c.get(0));
            Path p = at(space, cwd, path);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw osError(space, ENOTDIR, path);
            }
            long list = space.listType.create();
            try (Stream<Path> entries = Files.list(p)) {
                for (Path e : (Iterable<Path>) entries::iterator) {
                    long s = space.strType.runtime(e.getFileName().toString());
                    space.listType.append(list, s);
                    space.decref(s);
                }
            } catch (IOException e) {
                space.decref(list);
                throw osError(space, e, path);
            }
            return list;
        });
        for (String name : new String[] {"stat", "lstat"}) {
            boolean follow = name.equals("stat");
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                String path = path(space, new CallArgs(space, name, a, n, kw).keywords().range(1, 1).get(0));
                return stat(space, at(space, cwd, path), path, follow);
            });
        }
        SysModule.function(space, module, dict, "fstat", (self, a, n, kw) -> {
            int fd = fd(space, new CallArgs(space, "fstat", a, n, kw).keywords().exactly(1).get(0));
            if (!fds.isOpen(fd)) {
                throw osError(space, EBADF, (String) null);
            }
            Path file = fds.path(fd);
            if (file != null) {
                return stat(space, file, file.toString(), true);
            }
            if (fd <= 2) {
                // the standard streams are the process's own: the kernel knows what they are
                return stat(space, Path.of("/proc/self/fd/" + fd), null, true);
            }
            // a pipe made by os.pipe lives in the JVM: a FIFO readable and writable by its owner
            long[] items = new long[10];
            for (int i = 0; i < items.length; i++) {
                items[i] = space.newInt(i == 0 ? 0010600 : 0);
            }
            return space.tupleType.createStealing(items);
        });
        SysModule.function(space, module, dict, "mkdir", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "mkdir", a, n, kw).keywords().range(1, 2);
            String path = path(space, c.get(0));
            try {
                Files.createDirectory(at(space, cwd, path));
            } catch (IOException e) {
                throw osError(space, e, path);
            }
            if (n > 1) {
                chmod(space, at(space, cwd, path), path, Args.cInt(space, c.get(1)) & ~umask());
            }
            return space.newNone();
        });
        SysModule.function(space, module, dict, "rmdir", (self, a, n, kw) -> {
            String path = path(space, new CallArgs(space, "rmdir", a, n, kw).keywords().range(1, 1).get(0));
            Path p = at(space, cwd, path);
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(space, ENOTDIR, path);
            }
            delete(space, p, path);
            return space.newNone();
        });
        for (String name : new String[] {"unlink", "remove"}) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                String path = path(space, new CallArgs(space, name, a, n, kw).keywords().range(1, 1).get(0));
                Path p = at(space, cwd, path);
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    throw osError(space, EISDIR, path);
                }
                delete(space, p, path);
                return space.newNone();
            });
        }
        for (String name : new String[] {"rename", "replace"}) {
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                CallArgs c = new CallArgs(space, name, a, n, kw).keywords().range(2, 2);
                String src = path(space, c.get(0)), dst = path(space, c.get(1));
                try {
                    Files.move(at(space, cwd, src), at(space, cwd, dst), StandardCopyOption.REPLACE_EXISTING,
                            StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw osError(space, e, src, dst);
                }
                return space.newNone();
            });
        }
        SysModule.function(space, module, dict, "access", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "access", a, n, kw).keywords().range(2, 2);
            String path = path(space, c.get(0));
            long mode = Args.cInt(space, c.get(1));
            Path p = cwd.resolve(path);
            boolean ok = !path.isEmpty() && Files.exists(p) && ((mode & 4) == 0 || Files.isReadable(p))
                    && ((mode & 2) == 0 || Files.isWritable(p)) && ((mode & 1) == 0 || Files.isExecutable(p));
            return space.newBool(ok);
        });
        SysModule.function(space, module, dict, "chmod", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "chmod", a, n, kw).keywords().range(2, 2);
            String path = path(space, c.get(0));
            chmod(space, at(space, cwd, path), path, Args.cInt(space, c.get(1)));
            return space.newNone();
        });
        SysModule.function(space, module, dict, "urandom", (self, a, n, kw) -> {
            long size = Abstract.ssize(space, new CallArgs(space, "urandom", a, n, kw).exactly(1).get(0));
            if (size < 0) {
                throw new PyException("ValueError", "negative argument not allowed");
            }
            if (size > Integer.MAX_VALUE - 8) { // beyond a Java array: what a failed PyBytes allocation raises
                throw new PyException("MemoryError", "");
            }
            byte[] bytes = new byte[(int) size];
            new SecureRandom().nextBytes(bytes);
            return space.bytesType.of(bytes);
        });
        SysModule.function(space, module, dict, "strerror", (self, a, n, kw) -> {
            long code = Args.cInt(space, new CallArgs(space, "strerror", a, n, kw).exactly(1).get(0));
            return space.strType.runtime(strerror((int) code));
        });
        SysModule.function(space, module, dict, "open", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "open", a, n, kw).keywords().range(2, 3);
            String path = path(space, c.get(0));
            int flags = Args.cInt(space, c.get(1));
            int mode = n > 2 ? Args.cInt(space, c.get(2)) : 0777;
            Path p = at(space, cwd, path);
            if (Files.isDirectory(p) && (flags & 3) != 0) {
                throw osError(space, EISDIR, path);
            }
            Set<OpenOption> options = new HashSet<>();
            options.add(StandardOpenOption.READ);
            if ((flags & 3) != 0) {
                options.add(StandardOpenOption.WRITE);
                if ((flags & 3) == O_WRONLY) {
                    options.remove(StandardOpenOption.READ);
                }
            }
            if ((flags & O_CREAT) != 0) {
                options.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
            }
            if ((flags & O_TRUNC) != 0) {
                options.add(StandardOpenOption.TRUNCATE_EXISTING);
            }
            // a channel cannot both read and append: O_RDWR | O_APPEND moves to the end at each write
            boolean appendByHand = (flags & O_APPEND) != 0 && (flags & 3) == O_RDWR;
            if ((flags & O_APPEND) != 0 && !appendByHand) {
                options.add(StandardOpenOption.APPEND);
                options.remove(StandardOpenOption.READ);
            }
            boolean created = (flags & O_CREAT) != 0 && !Files.exists(p);
            FileChannel channel;
            try {
                channel = FileChannel.open(p, options);
            } catch (IOException e) {
                throw osError(space, e, path);
            }
            if (created) {
                chmod(space, p, path, mode & ~umask());
            }
            return space.newInt(fds.add(channel, appendByHand, p.toAbsolutePath(), flags));
        });
        SysModule.function(space, module, dict, "close", (self, a, n, kw) -> {
            int fd = fd(space, new CallArgs(space, "close", a, n, kw).keywords().exactly(1).get(0));
            return io(space, () -> {
                fds.close(fd);
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "write", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "write", a, n, kw).keywords().range(2, 2);
            int fd = fd(space, c.get(0));
            long data = c.get(1);
            byte[] bytes;
            if (space.bytesType.check(data)) {
                bytes = space.bytesType.value(data);
            } else if (space.byteArrayType.check(data)) {
                bytes = space.byteArrayType.value(data);
            } else {
                throw new PyException("TypeError", "a bytes-like object is required, not '" + space.typeOf(data).name + "'");
            }
            return space.newInt(blocking(space, fds, fd, () -> fds.write(fd, bytes)));
        });
        SysModule.function(space, module, dict, "read", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "read", a, n, kw).keywords().range(2, 2);
            int fd = fd(space, c.get(0));
            long size = Abstract.index(space, c.get(1));
            if (size < 0) {
                throw osError(space, EINVAL, null);
            }
            byte[] got = blocking(space, fds, fd, () -> fds.read(fd, (int) Math.min(size, Integer.MAX_VALUE - 8)));
            return space.bytesType.of(got);
        });
        SysModule.function(space, module, dict, "lseek", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "lseek", a, n, kw).keywords().range(3, 3);
            int fd = fd(space, c.get(0));
            long pos = space.intType.longValue(c.get(1));
            long how = space.intType.longValue(c.get(2));
            return io(space, () -> {
                FileChannel ch = fds.file(fd);
                long base = how == 0 ? 0 : how == 1 ? ch.position() : ch.size();
                if (how < 0 || how > 2 || base + pos < 0) {
                    throw osError(space, EINVAL, null);
                }
                ch.position(base + pos);
                return space.newInt(base + pos);
            });
        });
        SysModule.function(space, module, dict, "dup", (self, a, n, kw) -> {
            int fd = fd(space, new CallArgs(space, "dup", a, n, kw).keywords().exactly(1).get(0));
            return io(space, () -> space.newInt(fds.dup(fd)));
        });
        SysModule.function(space, module, dict, "dup2", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "dup2", a, n, kw).keywords("inheritable").range(2, 3);
            int fd = fd(space, c.get(0));
            int fd2 = fd(space, c.get(1));
            long flag = c.nargs > 2 ? c.get(2) : c.keyword("inheritable");
            boolean inheritable = flag == 0 || Abstract.isTrue(space, flag);
            return io(space, () -> {
                int result = fds.dup2(fd, fd2);
                if (!inheritable && result != fd) {
                    fds.setInheritable(result, false);
                }
                return space.newInt(result);
            });
        });
        SysModule.function(space, module, dict, "get_blocking", (self, a, n, kw) -> {
            int fd = fd(space, new CallArgs(space, "get_blocking", a, n, kw).exactly(1).get(0));
            return io(space, () -> space.newBool(fds.blocking(fd)));
        });
        SysModule.function(space, module, dict, "set_blocking", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_blocking", a, n, kw).exactly(2);
            int fd = fd(space, c.get(0));
            boolean blocking = Abstract.isTrue(space, c.get(1));
            return io(space, () -> {
                fds.setBlocking(fd, blocking);
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "get_inheritable", (self, a, n, kw) -> {
            int fd = fd(space, new CallArgs(space, "get_inheritable", a, n, kw).exactly(1).get(0));
            return io(space, () -> space.newBool(fds.inheritable(fd)));
        });
        SysModule.function(space, module, dict, "set_inheritable", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "set_inheritable", a, n, kw).exactly(2);
            int fd = fd(space, c.get(0));
            boolean value = Abstract.isTrue(space, c.get(1));
            return io(space, () -> {
                fds.setInheritable(fd, value);
                return space.newNone();
            });
        });
        SysModule.function(space, module, dict, "pipe", (self, a, n, kw) -> {
            new CallArgs(space, "posix.pipe", a, n, kw).exactly(0);
            return io(space, () -> {
                int[] ends = fds.pipe();
                long r = space.newInt(ends[0]), w = space.newInt(ends[1]);
                long t = space.tupleType.create(r, w);
                space.decref(r);
                space.decref(w);
                return t;
            });
        });
        SysModule.function(space, module, dict, "ftruncate", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "ftruncate", a, n, kw).keywords().range(2, 2);
            int fd = fd(space, c.get(0));
            long length = Abstract.index(space, c.get(1));
            return io(space, () -> {
                if (length < 0) {
                    throw osError(space, EINVAL, null);
                }
                FileChannel ch = fds.file(fd);
                long pos = ch.position();
                if (length < ch.size()) {
                    ch.truncate(length);
                } else if (length > ch.size()) {
                    // ftruncate extends with zeros; a channel only shrinks: write one zero at the last byte
                    ch.write(java.nio.ByteBuffer.wrap(new byte[1]), length - 1);
                }
                ch.position(pos);
                return space.newNone();
            });
        });
        for (String name : new String[] {"fsync", "fdatasync"}) {
            boolean metadata = name.equals("fsync");
            SysModule.function(space, module, dict, name, (self, a, n, kw) -> {
                int fd = fd(space, new CallArgs(space, name, a, n, kw).keywords().exactly(1).get(0));
                return io(space, () -> {
                    if (fds.isStandardStream(fd)) {
                        // the runner's stream is the process's own descriptor: flush what Java holds, then ask the kernel
                        fds.flush(fd);
                        int errno = PosixFileCalls.sync(fd, metadata);
                        if (errno != 0) {
                            throw osError(space, errno, null);
                        }
                    } else if (fds.isRegularFile(fd)) {
                        fds.file(fd).force(metadata);
                    } else {
                        throw osError(space, EINVAL, null); // a pipe cannot be synchronized
                    }
                    return space.newNone();
                });
            });
        }
        SysModule.function(space, module, dict, "pread", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pread", a, n, kw).keywords().range(3, 3);
            int fd = fd(space, c.get(0));
            long size = Abstract.index(space, c.get(1));
            long offset = Abstract.index(space, c.get(2));
            if (size < 0) {
                throw osError(space, EINVAL, null);
            }
            return io(space, () -> {
                FileChannel ch = fds.file(fd);
                if (offset < 0) {
                    throw osError(space, EINVAL, null);
                }
                ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(size, Math.max(0, Math.min(ch.size() - offset, Integer.MAX_VALUE - 8))));
                while (buffer.hasRemaining() && ch.read(buffer, offset + buffer.position()) > 0) {
                    // a positional read may return less than asked: read to the end of the file or of the request
                }
                return space.bytesType.of(java.util.Arrays.copyOf(buffer.array(), buffer.position()));
            });
        });
        SysModule.function(space, module, dict, "pwrite", (self, a, n, kw) -> {
            CallArgs c = new CallArgs(space, "pwrite", a, n, kw).keywords().range(3, 3);
            int fd = fd(space, c.get(0));
            byte[] data = CallArgs.bytesOrBytearray(space, c.get(1));
            long offset = Abstract.index(space, c.get(2));
            return io(space, () -> {
                FileChannel ch = fds.file(fd);
                if (offset < 0) {
                    throw osError(space, EINVAL, null);
                }
                ByteBuffer buffer = ByteBuffer.wrap(data);
                while (buffer.hasRemaining()) {
                    ch.write(buffer, offset + buffer.position());
                }
                return space.newInt(data.length);
            });
        });
        SysModule.function(space, module, dict, "get_terminal_size", (self, a, n, kw) -> {
            // no descriptor here is a terminal (isatty below), so the window-size ioctl fails on each
            CallArgs c = new CallArgs(space, "get_terminal_size", a, n, kw).keywords().range(0, 1);
            int fd = n == 0 ? 1 : fd(space, c.get(0));
            throw osError(space, fds.isOpen(fd) ? ENOTTY : EBADF, (String) null);
        });
        SysModule.function(space, module, dict, "isatty", (self, a, n, kw) -> {
            // the runner's streams are not terminals here (sys.stdout.isatty() says the same), nor are files and pipes
            fd(space, new CallArgs(space, "isatty", a, n, kw).keywords().exactly(1).get(0));
            return space.newBool(false);
        });
    }

    /** {@code fchdir(fd)}: the interpreter's directory becomes the one {@code fd} was opened on; 0, or the errno (EBADF, ENOTDIR) of the system call. */
    private static int changeTo(FdTable fds, WorkingDirectory cwd, int fd) {
        Path p;
        try {
            p = fd < 0 ? null : fds.path(fd);
        } catch (FdTable.FdError e) {
            return e.errno;
        }
        if (fd < 0) {
            return EBADF;
        }
        if (p == null || !Files.isDirectory(p)) {
            return ENOTDIR;
        }
        try {
            cwd.change(p.toRealPath());
        } catch (IOException e) {
            return errno(e);
        }
        return 0;
    }

    /**
     * {@code PyObject_AsFileDescriptor}: an int, or what the object's {@code fileno()} returns; a
     * negative one is a ValueError.
     */
    static int descriptor(ObjectSpace space, long o) {
        long v;
        if (space.intType.check(o)) {
            v = space.intType.fitsLong(o) ? space.intType.longValue(o) : Long.MAX_VALUE;
        } else {
            long method = Abstract.lookupAttr(space, o, "fileno");
            if (method == 0) {
                throw new PyException("TypeError", "argument must be an int, or have a fileno() method.");
            }
            long r;
            try {
                r = Abstract.call(space, method, new long[0]);
            } finally {
                space.decref(method);
            }
            try {
                if (!space.intType.check(r)) {
                    throw new PyException("TypeError", "fileno() returned a non-integer");
                }
                v = space.intType.fitsLong(r) ? space.intType.longValue(r) : Long.MAX_VALUE;
            } finally {
                space.decref(r);
            }
        }
        if (v != (int) v) {
            throw new PyException("OverflowError", "Python int too large to convert to C int");
        }
        if (v < 0) {
            throw new PyException("ValueError", "file descriptor cannot be a negative integer (" + v + ")");
        }
        return (int) v;
    }

    /**
     * {@code os.utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True)}: the access
     * and modification times of a file named, or open as a descriptor, set from {@code times} (two
     * numbers of seconds, floats floored to the nanosecond), from {@code ns} (two ints of
     * nanoseconds) or to now. Checked in posixmodule.c's order, with its messages; a failure of the
     * system call is an OSError without the file's name, as 3.11's.
     */
    private static void utime(ObjectSpace space, FdTable fds, WorkingDirectory cwd, CallArgs c) {
        c.keywords("path", "times", "ns", "dir_fd", "follow_symlinks");
        if (c.nargs > 2) {
            throw new PyException("TypeError", "utime() takes at most 2 positional arguments (" + c.nargs + " given)");
        }
        long path = c.nargs > 0 ? c.get(0) : c.keyword("path");
        if (path == 0) {
            throw new PyException("TypeError", "utime() missing required argument 'path' (pos 1)");
        }
        if (c.nargs > 0 && c.keyword("path") != 0) {
            throw new PyException("TypeError", "argument for utime() given by name ('path') and position (1)");
        }
        long times = c.nargs > 1 ? c.get(1) : c.keyword("times");
        long ns = c.keyword("ns");
        long dirFd = c.keyword("dir_fd");
        long follow = c.keyword("follow_symlinks");
        // path_converter with allow_fd
        int fd = -1;
        String name = null;
        if (space.intType.check(path)) {
            fd = fd(space, path);
        } else {
            name = fsPath(space, path, "utime: path should be string, bytes, os.PathLike or integer, not ");
        }
        Integer dir = null;
        if (dirFd != 0 && dirFd != space.none) {
            dir = fd(space, dirFd);
        }
        boolean followLinks = follow == 0 || Abstract.isTrue(space, follow);
        if (times != 0 && times != space.none && ns != 0) {
            throw new PyException("ValueError", "utime: you may specify either 'times' or 'ns' but not both");
        }
        java.nio.file.attribute.FileTime atime = null, mtime = null;
        if (times != 0 && times != space.none) {
            if (!space.tupleType.check(times) || space.tupleType.size(times) != 2) {
                throw new PyException("TypeError", "utime: 'times' must be either a tuple of two ints or None");
            }
            atime = timestamp(space, space.tupleType.item(times, 0));
            mtime = timestamp(space, space.tupleType.item(times, 1));
        } else if (ns != 0) {
            if (!space.tupleType.check(ns) || space.tupleType.size(ns) != 2) {
                throw new PyException("TypeError", "utime: 'ns' must be a tuple of two ints");
            }
            atime = nanoseconds(space, space.tupleType.item(ns, 0));
            mtime = nanoseconds(space, space.tupleType.item(ns, 1));
        }
        if (dir != null && name == null) {
            throw new PyException("ValueError", "utime: can't specify dir_fd without matching path");
        }
        if (fd >= 0 && !followLinks) {
            throw new PyException("ValueError", "utime: cannot use fd and follow_symlinks together");
        }
        Path file;
        if (name == null) {
            if (fd < 0) {
                throw osError(space, EBADF, null);
            }
            int d = fd;
            file = io(space, () -> fds.path(d));
            if (file == null) {
                return; // a pipe or a standard stream: futimens sets times the interpreter keeps nowhere
            }
        } else if (dir != null && !Path.of(name).isAbsolute()) {
            int d = dir;
            Path base = io(space, () -> fds.path(d));
            if (base == null || !Files.isDirectory(base)) {
                throw osError(space, ENOTDIR, null);
            }
            file = base.resolve(name);
        } else {
            file = at(space, cwd, name);
        }
        if (atime == null) {
            atime = mtime = java.nio.file.attribute.FileTime.from(java.time.Instant.now());
        }
        LinkOption[] options = followLinks ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
                throw osError(space, ENOENT, null);
            }
            Files.getFileAttributeView(file, java.nio.file.attribute.BasicFileAttributeView.class, options).setTimes(mtime, atime, null);
        } catch (IOException e) {
            throw osError(space, e, null);
        }
    }

    /** A path argument of a function that also takes a descriptor: str, bytes, or os.PathLike's {@code __fspath__}; else TypeError with {@code message} and the type's name. */
    private static String fsPath(ObjectSpace space, long o, String message) {
        if (space.strType.check(o)) {
            return space.strType.value(o);
        }
        if (space.bytesType.check(o)) {
            return new String(space.bytesType.value(o), java.nio.charset.StandardCharsets.UTF_8);
        }
        long method = space.typeOf(o).lookup(space.strType.literalName("__fspath__"));
        if (method == 0) {
            throw new PyException("TypeError", message + space.typeOf(o).name);
        }
        long r = Abstract.callMethod(space, o, "__fspath__", new long[0]);
        try {
            if (space.strType.check(r)) {
                return space.strType.value(r);
            }
            if (space.bytesType.check(r)) {
                return new String(space.bytesType.value(r), java.nio.charset.StandardCharsets.UTF_8);
            }
            throw new PyException("TypeError", "expected " + space.typeOf(o).name + ".__fspath__() to return str or bytes, not "
                    + space.typeOf(r).name);
        } finally {
            space.decref(r);
        }
    }

    /**
     * {@code _PyTime_ObjectToTimespec} with {@code _PyTime_ROUND_FLOOR}: an int of seconds, or a
     * float whose fraction is floored to the nanosecond (-1.25 is -2 s + 750,000,000 ns).
     */
    private static java.nio.file.attribute.FileTime timestamp(ObjectSpace space, long o) {
        long seconds, nanos = 0;
        if (space.floatType.check(o)) {
            double d = space.floatType.value(o);
            if (Double.isNaN(d)) {
                throw new PyException("ValueError", "Invalid value NaN (not a number)");
            }
            double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
            double fraction = Math.floor((d - whole) * 1e9);
            if (fraction >= 1e9) {
                fraction -= 1e9;
                whole += 1.0;
            } else if (fraction < 0) {
                fraction += 1e9;
                whole -= 1.0;
            }
            if (!(whole >= -9.223372036854775808e18 && whole < 9.223372036854775808e18)) {
                throw new PyException("OverflowError", "timestamp out of range for platform time_t");
            }
            seconds = (long) whole;
            nanos = (long) fraction;
        } else {
            if (!space.intType.check(o)) {
                throw new PyException("TypeError", "'" + space.typeOf(o).name + "' object cannot be interpreted as an integer");
            }
            if (!space.intType.fitsLong(o)) {
                throw new PyException("OverflowError", "timestamp out of range for platform time_t");
            }
            seconds = space.intType.longValue(o);
        }
        return fileTime(seconds, nanos);
    }

    /** An int of nanoseconds ({@code split_py_long_to_s_and_ns}). */
    private static java.nio.file.attribute.FileTime nanoseconds(ObjectSpace space, long o) {
        long v = Abstract.numberIndex(space, o);
        try {
            java.math.BigInteger[] qr = space.intType.bigValue(v).divideAndRemainder(java.math.BigInteger.valueOf(1_000_000_000L));
            java.math.BigInteger s = qr[0];
            long r = qr[1].longValue();
            if (r < 0) {
                r += 1_000_000_000L;
                s = s.subtract(java.math.BigInteger.ONE);
            }
            if (s.bitLength() > 63) {
                throw new PyException("OverflowError", "timestamp out of range for platform time_t");
            }
            return fileTime(s.longValue(), r);
        } finally {
            space.decref(v);
        }
    }

    private static java.nio.file.attribute.FileTime fileTime(long seconds, long nanos) {
        try {
            return FileTime.from(java.time.Instant.ofEpochSecond(seconds, nanos));
        } catch (java.time.DateTimeException e) {
            throw new PyException("OverflowError", "timestamp out of range for platform time_t");
        }
    }

    /** An I/O step that may fail with an errno. */
    interface Io<T> {
        T run() throws IOException;
    }

    /** Runs {@code step}, turning its failure into CPython's OSError subclass. */
    static <T> T io(ObjectSpace space, Io<T> step) {
        try {
            return step.run();
        } catch (FdTable.FdError e) {
            throw osError(space, e.errno, null);
        } catch (java.nio.channels.ClosedChannelException e) {
            throw osError(space, EBADF, null);
        } catch (IOException e) {
            throw osError(space, e, null);
        }
    }

    /**
     * {@link #io} for a read or write of {@code fd}: when it may wait (a pipe), without the GIL, as
     * CPython's {@code Py_BEGIN_ALLOW_THREADS} around {@code read(2)}/{@code write(2)}.
     */
    static <T> T blocking(ObjectSpace space, FdTable fds, int fd, Io<T> step) {
        boolean mayBlock = io(space, () -> fds.mayBlock(fd));
        if (!mayBlock) {
            return io(space, step);
        }
        var ts = (dev.pyheap.runtime.state.ThreadState) space.tstate;
        ts.releaseGil();
        try {
            return io(space, step);
        } finally {
            ts.acquireGil();
        }
    }

    /** A descriptor argument: an int in C int range ({@code _PyLong_FileDescriptor_Converter}'s messages). */
    private static int fd(ObjectSpace space, long o) {
        long v = Abstract.index(space, o);
        if (v != (int) v) {
            throw new PyException("OverflowError", "fd is greater than maximum");
        }
        return (int) v;
    }

    /** The file a path argument names; the empty name is no file, as for the system calls. */
    private static Path at(ObjectSpace space, WorkingDirectory cwd, String path) {
        if (path.isEmpty()) {
            throw osError(space, ENOENT, path);
        }
        return cwd.resolve(path);
    }

    /** A path argument: a str ({@code os} has already applied {@code fspath}). */
    static String path(ObjectSpace space, long o) {
        if (!space.strType.check(o)) {
            throw new PyException("TypeError", "expected str, bytes or os.PathLike object, not " + space.typeOf(o).name);
        }
        return space.strType.value(o);
    }

    /** {@code (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns)}. New reference. */
    private static long stat(ObjectSpace space, Path file, String path, boolean follow) {
        long full = PosixFileCalls.stat(space, file, path, follow);
        if (full != 0) {
            return full;
        }
        Map<String, Object> attrs;
        try {
            attrs = follow ? Files.readAttributes(file, "unix:*")
                    : Files.readAttributes(file, "unix:*", LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw osError(space, e, path);
        }
        long[] items = {
            space.newInt(((Number) attrs.get("mode")).longValue()),
            space.newInt(((Number) attrs.get("ino")).longValue()),
            space.newInt(((Number) attrs.get("dev")).longValue()),
            space.newInt(((Number) attrs.get("nlink")).longValue()),
            space.newInt(((Number) attrs.get("uid")).longValue()),
            space.newInt(((Number) attrs.get("gid")).longValue()),
            space.newInt(((Number) attrs.get("size")).longValue()),
            nanos(space, (FileTime) attrs.get("lastAccessTime")),
            nanos(space, (FileTime) attrs.get("lastModifiedTime")),
            nanos(space, (FileTime) attrs.get("ctime")),
        };
        return space.tupleType.createStealing(items);
    }

    private static long nanos(ObjectSpace space, FileTime t) {
        java.time.Instant i = t.toInstant();
        return space.intType.createFromBig(java.math.BigInteger.valueOf(i.getEpochSecond())
                .multiply(java.math.BigInteger.valueOf(1_000_000_000L)).add(java.math.BigInteger.valueOf(i.getNano())));
    }

    private static void delete(ObjectSpace space, Path p, String path) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw osError(space, e, path);
        }
    }

    /** The process's file mode creation mask (os.umask changes it), as the kernel reports it; 022 if it does not. */
    private static int umask() {
        try {
            String[] mask = statusField("Umask:");
            return mask.length == 1 ? Integer.parseInt(mask[0], 8) : 022;
        } catch (PyException e) {
            e.release();
            return 022;
        }
    }

    private static void chmod(ObjectSpace space, Path file, String path, int mode) {
        StringBuilder s = new StringBuilder();
        String rwx = "rwxrwxrwx";
        for (int i = 0; i < 9; i++) {
            s.append((mode & (0400 >> i)) != 0 ? rwx.charAt(i) : '-');
        }
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(s.toString()));
        } catch (IOException e) {
            throw osError(space, e, path);
        } catch (UnsupportedOperationException e) {
            // a file system without POSIX permissions: the mode cannot be kept, as on Windows
        }
    }

    /** The errno a Java I/O failure stands for. */
    private static int errno(IOException e) {
        return switch (e) {
            case NoSuchFileException x -> ENOENT;
            case FileAlreadyExistsException x -> EEXIST;
            case AccessDeniedException x -> EACCES;
            case DirectoryNotEmptyException x -> ENOTEMPTY;
            case NotDirectoryException x -> ENOTDIR;
            case FileSystemException x when "Is a directory".equals(x.getReason()) -> EISDIR;
            case FileSystemException x when "Not a directory".equals(x.getReason()) -> ENOTDIR;
            case FileSystemException x when "Directory not empty".equals(x.getReason()) -> ENOTEMPTY;
            default -> EINVAL;
        };
    }

    static PyException osError(ObjectSpace space, IOException e, String path) {
        return osError(space, errno(e), path, null);
    }

    private static PyException osError(ObjectSpace space, IOException e, String path, String path2) {
        return osError(space, errno(e), path, path2);
    }

    /** {@code OSError(errno, strerror, filename)} with the filename an object (a descriptor's int: {@code ...: 3}). */
    static PyException osError(ObjectSpace space, int errno, long filename) {
        var os = space.exceptions.byName("OSError");
        long args = space.tupleType.createStealing(new long[] {space.newInt(errno), space.strType.runtime(strerror(errno)),
            space.newRef(filename)});
        long e;
        try {
            e = os.tpNew(os, args, 0);
        } finally {
            space.decref(args);
        }
        return new PyException(space.typeOf(e).name, Abstract.str(space, e), e, space::decref);
    }

    static PyException osError(ObjectSpace space, int errno, String path) {
        return osError(space, errno, path, null);
    }

    /**
     * {@code PyErr_SetFromErrnoWithFilenameObjects}: {@code OSError(errno, strerror[, filename[, None,
     * filename2]])}, which OSError's constructor turns into the subclass for the errno.
     */
    static PyException osError(ObjectSpace space, int errno, String path, String path2) {
        var os = space.exceptions.byName("OSError");
        long[] parts = path == null ? new long[2] : new long[path2 == null ? 3 : 5];
        parts[0] = space.newInt(errno);
        parts[1] = space.strType.runtime(strerror(errno));
        if (path != null) {
            parts[2] = space.strType.runtime(path);
        }
        if (path2 != null) {
            parts[3] = space.newNone();
            parts[4] = space.strType.runtime(path2);
        }
        long args = space.tupleType.createStealing(parts);
        long e;
        try {
            e = os.tpNew(os, args, 0);
        } finally {
            space.decref(args);
        }
        return new PyException(space.typeOf(e).name, Abstract.str(space, e), e, space::decref);
    }

    private static String strerror(int errno) {
        String text = PosixSystem.strerror(errno);
        if (text != null) {
            return text;
        }
        return switch (errno) {
            case 0 -> "Success";
            case 1 -> "Operation not permitted";
            case ENOENT -> "No such file or directory";
            case EBADF -> "Bad file descriptor";
            case EACCES -> "Permission denied";
            case EEXIST -> "File exists";
            case ENOTDIR -> "Not a directory";
            case EISDIR -> "Is a directory";
            case EINVAL -> "Invalid argument";
            case ENOTEMPTY -> "Directory not empty";
            case 32 -> "Broken pipe";
            case 8 -> "Exec format error";
            default -> "Unknown error " + errno;
        };
    }

    /** The values after {@code key} on its line of {@code /proc/self/status}, split on white space. */
    private static String[] statusField(String key) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    String rest = line.substring(key.length()).trim();
                    return rest.isEmpty() ? new String[0] : rest.split("\\s+");
                }
            }
        } catch (IOException e) {
            throw new PyException("OSError", "cannot read /proc/self/status: " + e.getMessage());
        }
        throw new PyException("OSError", "/proc/self/status has no " + key + " line");
    }
}
