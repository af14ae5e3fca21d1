/*
 * hsdis for JDK 25 over Debian's libhsdis0-fcml, which exports only the old entry point
 * (decode_instructions); JDK 25 asks for decode_instructions_virtual. HotSpot passes the code's own
 * address as both the virtual address and the buffer, so the old call decodes the same bytes.
 *
 *   apt-get install libhsdis0-fcml
 *   cc -O2 -shared -fPIC -o /tmp/hsdis/hsdis-amd64.so bench/hsdis/fcml-shim.c -ldl
 *   LD_LIBRARY_PATH=/tmp/hsdis bench/run ... -jvmArgsAppend "-XX:+UnlockDiagnosticVMOptions -XX:CompileCommand=print,..."
 */
#include <dlfcn.h>
#include <stdint.h>

typedef void *(*event_cb)(void *, const char *, void *);
typedef int (*printf_cb)(void *, const char *, ...);
typedef void *(*decode_t)(void *, void *, event_cb, void *, printf_cb, void *, const char *);

void *decode_instructions_virtual(uintptr_t start_va, uintptr_t end_va, unsigned char *buffer, uintptr_t length,
                                  event_cb event, void *event_stream, printf_cb print, void *print_stream,
                                  const char *options, int newline) {
    static decode_t decode;
    (void) buffer; (void) length; (void) newline;
    if (decode == 0) {
        void *lib = dlopen("libhsdis.so.0", RTLD_NOW);
        if (lib == 0) {
            return 0;
        }
        decode = (decode_t) dlsym(lib, "decode_instructions");
        if (decode == 0) {
            return 0;
        }
    }
    return decode((void *) start_va, (void *) end_va, event, event_stream, print, print_stream, options);
}
