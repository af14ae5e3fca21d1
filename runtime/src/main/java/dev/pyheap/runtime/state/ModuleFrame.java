package dev.pyheap.runtime.state;

import dev.pyheap.runtime.Handle;
import dev.pyheap.runtime.PyException;

import java.util.function.LongConsumer;

/** The bottom frame of every thread state: {@code <module>}, whose variables are the globals dict. */
final class ModuleFrame extends FrameImpl {

    ModuleFrame(ThreadState thread, String file) {
        super(thread, "<module>", file, 1);
    }

    @Override
    public void setLocal(String name, Handle value) {
        thread.setGlobal(name, value);
    }

    @Override
    public Handle getLocal(String name) {
        return thread.getGlobal(name);
    }

    @Override
    public void delLocal(String name) {
        thread.delGlobal(name);
    }

    @Override
    public boolean hasLocal(String name) {
        thread.requireGil();
        return thread.space.dictType.getItemString(thread.interp.globals(), name) != 0;
    }

    @Override
    PyException unbound(String name) {
        return new PyException("NameError", "name '" + name + "' is not defined");
    }

    @Override
    void release() {
        // globals belong to the module, not to a thread
    }

    @Override
    void forEachLocal(LongConsumer visitor) {
        // the globals dict is a root of its own
    }
}
