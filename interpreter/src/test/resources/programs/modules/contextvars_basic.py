# contextvars: ContextVar get/set/reset with defaults, Tokens and Token.MISSING, copy_context and
# Context.run keeping what runs inside it apart, Context as a read-only mapping, each thread's own
# Context, and CPython's errors (a token used twice or in another Context, a Context entered twice).
import contextvars
import threading

request = contextvars.ContextVar("request", default="none")
user = contextvars.ContextVar("user")
print(request.name, request.get(), user.get("fallback"), repr(request).startswith("<ContextVar name='request' default='none' at 0x"))
token = request.set("GET /")
print(token.var is request, token.old_value is contextvars.Token.MISSING, repr(contextvars.Token.MISSING), request.get())
ctx = contextvars.copy_context()
print(type(ctx).__name__, type(ctx).__module__, len(ctx), request in ctx, ctx[request], user in ctx, list(ctx.keys()) == [request])


def handle(name):
    user.set(name)
    request.set("POST /" + name)
    return request.get(), user.get()


print(ctx.run(handle, "ann"), request.get(), user.get(None), ctx[user], ctx.get(user), dict(ctx.items()) == {request: "POST /ann", user: "ann"})
request.reset(token)
print(request.get(), ctx[request])
seen = []
thread = threading.Thread(target=lambda: seen.append((request.get(), user.get("no user in a new thread"))))
thread.start()
thread.join()
print(seen)
for bad in [lambda: request.reset(token), lambda: user.get(), lambda: ctx.run(ctx.run, handle, "bob"),
            lambda: contextvars.ContextVar(5), lambda: ctx[5], lambda: contextvars.copy_context().run(request.reset, request.set(1))]:
    try:
        bad()
    except (RuntimeError, LookupError, TypeError, ValueError) as e:
        print(type(e).__name__, str(e).split(" at 0x")[0])
