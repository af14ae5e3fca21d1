# objgraph: the memory-debugging helpers of the third-party objgraph package (its 3.5 interface),
# written for this interpreter. Everything counts what the collector tracks, as on CPython: the
# objects gc.get_objects() returns (so ints, strs and atom-only tuples and dicts are not seen), and
# reference chains and graphs walk gc.get_referrers / gc.get_referents, so their answers are the
# heap's own.
#
# Counting by type is the hot part: without a list of objects, count/typestats/by_type ask
# _objgraph (Java) to walk the collector's lists in place, which gives what iterating
# gc.get_objects() would give without making the list.
#
# Graphs are written as Graphviz text: to FILENAME when it ends in '.dot', else to a temporary
# .dot file that is then shown with xdot or converted with dot when those programs exist.

import gc
import sys
import os
import types

import _objgraph

__version__ = '3.5.0'

# objgraph shows graphs inline in IPython's notebooks; there is no IPython here.
IS_INTERACTIVE = False

_ModuleType = types.ModuleType
_FunctionType = types.FunctionType
_MethodType = types.MethodType
_FrameType = types.FrameType
_BuiltinType = types.BuiltinFunctionType


def _isinstance(obj, classinfo):
    # type(obj), never obj.__class__: a proxy's or mock's __class__ does not make it that type.
    return issubclass(type(obj), classinfo)


# ------------------------------------------------------------------ type names

def _short_typename(obj):
    return type(obj).__name__


def _long_typename(obj):
    cls = type(obj)
    module = getattr(cls, '__module__', None)
    if module:
        return '%s.%s' % (module, cls.__name__)
    return cls.__name__


def _namer(typename):
    # A dotted name is compared with module-qualified names, any other with the bare class name.
    return _long_typename if '.' in typename else _short_typename


# ------------------------------------------------------------------ counting

def count(typename, objects=None):
    """Count the objects the collector tracks whose class is called typename
    ('dict', or qualified: 'mymodule.MyClass'); or count them in objects."""
    if objects is None:
        if type(typename) is str:
            return _objgraph.count(typename)
        objects = gc.get_objects()
    try:
        named = _namer(typename)
        n = 0
        for o in objects:
            if named(o) == typename:
                n += 1
        return n
    finally:
        del objects


def typestats(objects=None, shortnames=True, filter=None):
    """A dict from type name to how many tracked objects (or objects of the given list) have it."""
    if objects is None and filter is None:
        return _objgraph.typestats(shortnames)
    if objects is None:
        objects = gc.get_objects()
    try:
        named = _short_typename if shortnames else _long_typename
        stats = {}
        for o in objects:
            if filter and not filter(o):
                continue
            name = named(o)
            stats[name] = stats.get(name, 0) + 1
        return stats
    finally:
        del objects


def _second(pair):
    return pair[1]


def most_common_types(limit=10, objects=None, shortnames=True, filter=None):
    """[(type name, count)], most frequent first, at most limit of them (None or 0: all)."""
    stats = sorted(typestats(objects, shortnames=shortnames, filter=filter).items(),
                   key=_second, reverse=True)
    if limit:
        stats = stats[:limit]
    return stats


def show_most_common_types(limit=10, objects=None, shortnames=True, file=None, filter=None):
    """Print most_common_types() as a table: the names left-aligned to the longest."""
    if file is None:
        file = sys.stdout
    stats = most_common_types(limit, objects, shortnames=shortnames, filter=filter)
    width = max(len(name) for name, n in stats)
    for name, n in stats:
        file.write('%-*s %i\n' % (width, name, n))


def growth(limit=10, peak_stats={}, shortnames=True, filter=None):
    """After a full collection, [(type name, count, increase)] for every type whose count went
    past the peak remembered in peak_stats (which is raised), the biggest increase first.
    peak_stats defaults to one dict kept between calls, shared with show_growth()."""
    gc.collect()
    stats = typestats(shortnames=shortnames, filter=filter)
    increases = {}
    for name, n in stats.items():
        peak = peak_stats.get(name, 0)
        if n > peak:
            increases[name] = n - peak
            peak_stats[name] = n
    ranked = sorted(increases.items(), key=_second, reverse=True)
    if limit:
        ranked = ranked[:limit]
    return [(name, stats[name], delta) for name, delta in ranked]


def show_growth(limit=10, peak_stats=None, shortnames=True, file=None, filter=None):
    """Print growth() as 'name  count  +delta' lines; nothing when nothing grew."""
    if peak_stats is None:
        rows = growth(limit, shortnames=shortnames, filter=filter)
    else:
        rows = growth(limit, peak_stats, shortnames, filter)
    if not rows:
        return
    if file is None:
        file = sys.stdout
    width = max(len(name) for name, _, _ in rows)
    for name, n, delta in rows:
        file.write('%-*s%9d %+9d\n' % (width, name, n, delta))


def get_new_ids(skip_update=False, limit=10, sortby='deltas', shortnames=None, file=None,
                _state={}):
    """{type name: set of ids} of the tracked objects made since the previous call, after
    printing a table of old, current and new ids per type (limit rows; 0 prints nothing, None
    every row) sorted by sortby ('old', 'current', 'new' or 'deltas'). skip_update returns the
    previous answer without looking at the heap; shortnames=None keeps the previous choice."""
    if not _state:
        from collections import defaultdict
        _state['old'] = defaultdict(set)
        _state['current'] = defaultdict(set)
        _state['new'] = defaultdict(set)
        _state['shortnames'] = True
    new_ids = _state['new']
    if skip_update:
        return new_ids
    old_ids = _state['old']
    current_ids = _state['current']
    if shortnames is None:
        shortnames = _state['shortnames']
    else:
        _state['shortnames'] = shortnames
    gc.collect()
    objects = gc.get_objects()
    # The current ids become the old ones; the sets themselves are kept and refilled.
    for name in old_ids:
        old_ids[name].clear()
    for name, ids in current_ids.items():
        old_ids[name].update(ids)
    for name in current_ids:
        current_ids[name].clear()
    named = _short_typename if shortnames else _long_typename
    for o in objects:
        current_ids[named(o)].add(id(o))
    for name in new_ids:
        new_ids[name].clear()
    rows = []
    gone = []
    for name in current_ids:
        n_old = len(old_ids[name])
        n_current = len(current_ids[name])
        if n_old == 0 and n_current == 0:
            gone.append(name)
            continue
        fresh = current_ids[name] - old_ids[name]
        new_ids[name].update(fresh)
        rows.append((name, n_old, n_current, len(fresh), n_current - n_old))
    for name in gone:
        del old_ids[name]
        del current_ids[name]
        del new_ids[name]
    column = {'old': 1, 'current': 2, 'new': 3, 'deltas': 4}[sortby]
    rows.sort(key=lambda row: (row[column], row[0]), reverse=True)
    if limit is not None:
        rows = rows[:limit]
    if not rows:
        return new_ids
    if file is None:
        file = sys.stdout
    width = max(len(row[0]) for row in rows)
    rule = '=' * (width + 13 * 4)
    print(rule, file=file)
    print('%-*s%13s%13s%13s%13s' % (width, 'Type', 'Old_ids', 'Current_ids', 'New_ids',
                                     'Count_Deltas'), file=file)
    print(rule, file=file)
    for name, n_old, n_current, n_new, delta in rows:
        print('%-*s%13d%13d%+13d%+13d' % (width, name, n_old, n_current, n_new, delta), file=file)
    print(rule, file=file)
    return new_ids


def get_leaking_objects(objects=None):
    """The objects (after a full collection: the tracked ones) that none of them refers to:
    kept alive by something the collector cannot see, such as a C extension's lost reference."""
    if objects is None:
        gc.collect()
        objects = gc.get_objects()
    try:
        unreferenced = set(id(o) for o in objects)
        for i in objects:
            unreferenced.difference_update(id(r) for r in gc.get_referents(i))
        return [o for o in objects if id(o) in unreferenced]
    finally:
        # objgraph 3.5 drops its loop variable here too, so an empty list is an UnboundLocalError.
        del objects, i


def by_type(typename, objects=None):
    """The tracked objects (or those of objects) whose class is called typename."""
    if objects is None:
        if type(typename) is str:
            return _objgraph.by_type(typename)
        objects = gc.get_objects()
    try:
        named = _namer(typename)
        return [o for o in objects if named(o) == typename]
    finally:
        del objects


def at(addr):
    """The tracked object whose id() is addr, or None."""
    for o in gc.get_objects():
        if id(o) == addr:
            return o
    return None


def at_addrs(address_set):
    """The tracked objects whose id() is in address_set, in the collector's order."""
    found = []
    for o in gc.get_objects():
        if id(o) in address_set:
            found.append(o)
    return found


# ------------------------------------------------------------------ chains

def find_ref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [obj, ..., x] of references from obj to an object predicate accepts;
    [obj] when there is none within max_depth. extra_ignore: ids of objects not to go through."""
    return _find_chain(obj, predicate, gc.get_referents, max_depth=max_depth,
                       extra_ignore=extra_ignore)[::-1]


def find_backref_chain(obj, predicate, max_depth=20, extra_ignore=()):
    """A shortest chain [x, ..., obj] of references to obj from an object predicate accepts
    (is_proper_module finds why obj is alive); [obj] when there is none within max_depth."""
    return _find_chain(obj, predicate, gc.get_referrers, max_depth=max_depth,
                       extra_ignore=extra_ignore)


def _find_chain(obj, predicate, edge_func, max_depth=20, extra_ignore=()):
    # Breadth first from obj; parent[id] is the neighbour it was reached from, so the chain is
    # read back from the accepted object. The search's own containers and frames hold obj and
    # its neighbours too: they are not part of the program's graph.
    queue = [obj]
    depth = {id(obj): 0}
    parent = {id(obj): None}
    ignore = set(extra_ignore)
    ignore.add(id(extra_ignore))
    ignore.add(id(queue))
    ignore.add(id(depth))
    ignore.add(id(parent))
    ignore.add(id(ignore))
    ignore.add(id(sys._getframe()))
    ignore.add(id(sys._getframe(1)))
    gc.collect()
    while queue:
        target = queue.pop(0)
        if predicate(target):
            chain = [target]
            while parent[id(target)] is not None:
                target = parent[id(target)]
                chain.append(target)
            return chain
        tdepth = depth[id(target)]
        if tdepth < max_depth:
            neighbours = edge_func(target)
            ignore.add(id(neighbours))
            for n in neighbours:
                if id(n) in ignore or id(n) in depth:
                    continue
                depth[id(n)] = tdepth + 1
                parent[id(n)] = target
                queue.append(n)
    return [obj]


def is_proper_module(obj):
    """True for a module that is the one sys.modules holds under its name: a root of the graph."""
    return (isinstance(obj, _ModuleType)
            and obj is sys.modules.get(getattr(obj, '__name__', None)))


# ------------------------------------------------------------------ graphs

def show_backrefs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
                  filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
                  extra_node_attrs=None):
    """Draw what refers to objs (an object, or a list or tuple of them), up to max_depth
    references back; modules in sys.modules are drawn but not followed. See _show_graph."""
    return _show_graph(objs, gc.get_referrers, False, max_depth=max_depth,
                       extra_ignore=extra_ignore, filter=filter, too_many=too_many,
                       highlight=highlight, filename=filename, extra_info=extra_info,
                       refcounts=refcounts, shortnames=shortnames, output=output,
                       cull_func=is_proper_module, extra_node_attrs=extra_node_attrs)


def show_refs(objs, max_depth=3, extra_ignore=(), filter=None, too_many=10, highlight=None,
              filename=None, extra_info=None, refcounts=False, shortnames=True, output=None,
              extra_node_attrs=None):
    """Draw what objs refer to, up to max_depth references forward. See _show_graph."""
    return _show_graph(objs, gc.get_referents, True, max_depth=max_depth,
                       extra_ignore=extra_ignore, filter=filter, too_many=too_many,
                       highlight=highlight, filename=filename, extra_info=extra_info,
                       refcounts=refcounts, shortnames=shortnames, output=output,
                       extra_node_attrs=extra_node_attrs)


def show_chain(*chains, **kw):
    """Draw chains found by find_backref_chain (backrefs=True, the default) or find_ref_chain
    (backrefs=False): the graph from their ends limited to the objects on some chain."""
    backrefs = kw.pop('backrefs', True)
    chains = [chain for chain in chains if chain]
    on_chains = set(map(id, [o for chain in chains for o in chain]))

    def in_chains(x, ids=on_chains):
        return id(x) in ids

    max_depth = max(map(len, chains)) - 1
    if backrefs:
        show_backrefs([chain[-1] for chain in chains], max_depth=max_depth, filter=in_chains, **kw)
    else:
        show_refs([chain[0] for chain in chains], max_depth=max_depth, filter=in_chains, **kw)


def _show_graph(objs, edge_func, swap_source_target, max_depth=3, extra_ignore=(), filter=None,
                too_many=10, highlight=None, filename=None, extra_info=None, refcounts=False,
                shortnames=True, output=None, cull_func=None, extra_node_attrs=None):
    # Breadth first from objs. Each object met is a box labelled with its type and short repr,
    # filled white to grey by depth (modules green, highlighted ones blue); each reference
    # followed is an edge, named when the referrer is a dict, frame, method or function; past
    # too_many references from one object the rest are counted in a red box. Nodes at
    # max_depth, or accepted by cull_func, are drawn but not expanded.
    if not _isinstance(objs, (list, tuple)):
        objs = [objs]
    if filename and output:
        raise ValueError('Cannot specify both output and filename.')
    elif output:
        f = output
    elif filename and filename.endswith('.dot'):
        f = open(filename, 'w', encoding='utf-8')
        dot_filename = filename
    else:
        import tempfile
        fd, dot_filename = tempfile.mkstemp(prefix='objgraph-', suffix='.dot', text=True)
        f = open(fd, 'w', encoding='utf-8')
    f.write('digraph ObjectGraph {\n'
            '  node[shape=box, style=filled, fillcolor=white];\n')
    queue = []
    depth = {}
    ignore = set(extra_ignore)
    ignore.add(id(objs))
    ignore.add(id(extra_ignore))
    ignore.add(id(queue))
    ignore.add(id(depth))
    ignore.add(id(ignore))
    ignore.add(id(sys._getframe()))
    ignore.add(id(sys._getframe().f_locals))
    ignore.add(id(sys._getframe(1)))
    ignore.add(id(sys._getframe(1).f_locals))
    for obj in objs:
        f.write('  %s[fontcolor=red];\n' % (_obj_node_id(obj)))
        depth[id(obj)] = 0
        queue.append(obj)
        del obj
    gc.collect()
    nodes = 0
    while queue:
        nodes += 1
        target = queue.pop(0)
        tdepth = depth[id(target)]
        f.write('  %s[label="%s"%s];\n' % (_obj_node_id(target),
                                           _obj_label(target, extra_info, refcounts, shortnames),
                                           _obj_attrs(target, extra_node_attrs)))
        h, s, v = _gradient((0, 0, 1), (0, 0, .3), tdepth, max_depth)
        if isinstance(target, _ModuleType):
            h = .3
            s = 1
        if highlight and highlight(target):
            h = .6
            s = .6
            v = 0.5 + v * 0.5
        f.write('  %s[fillcolor="%g,%g,%g"];\n' % (_obj_node_id(target), h, s, v))
        if v < 0.5:
            f.write('  %s[fontcolor=white];\n' % (_obj_node_id(target)))
        if hasattr(getattr(target, '__class__', None), '__del__'):
            node = _obj_node_id(target)
            f.write('  %s->%s_has_a_del[color=red,style=dotted,len=0.25,weight=10];\n'
                    % (node, node))
            f.write('  %s_has_a_del[label="__del__",shape=doublecircle,height=0.25,color=red,'
                    'fillcolor="0,.5,1",fontsize=6];\n' % node)
        if tdepth >= max_depth:
            continue
        if cull_func is not None and cull_func(target):
            continue
        neighbours = edge_func(target)
        ignore.add(id(neighbours))
        drawn = 0
        skipped = 0
        for other in neighbours:
            if id(other) in ignore:
                continue
            if filter and not filter(other):
                continue
            if drawn >= too_many:
                skipped += 1
                continue
            # show_backrefs walks referrers: the edge goes from the neighbour to the target.
            if swap_source_target:
                source, dest = target, other
            else:
                source, dest = other, target
            label = _edge_label(source, dest, shortnames)
            f.write('  %s -> %s%s;\n' % (_obj_node_id(source), _obj_node_id(dest), label))
            if id(other) not in depth:
                depth[id(other)] = tdepth + 1
                queue.append(other)
            drawn += 1
            del other
        del neighbours
        if skipped > 0:
            h, s, v = _gradient((0, 1, 1), (0, 1, .3), tdepth + 1, max_depth)
            node = _obj_node_id(target)
            if swap_source_target:
                label = '%d more references' % skipped
                edge = '%s->too_many_%s' % (node, node)
            else:
                label = '%d more backreferences' % skipped
                edge = 'too_many_%s->%s' % (node, node)
            f.write('  %s[color=red,style=dotted,len=0.25,weight=10];\n' % edge)
            f.write('  too_many_%s[label="%s",shape=box,height=0.25,color=red,'
                    'fillcolor="%g,%g,%g",fontsize=6];\n' % (node, label, h, s, v))
            f.write('  too_many_%s[fontcolor=white];\n' % node)
    f.write('}\n')
    if output:
        return
    f.close()
    print('Graph written to %s (%d nodes)' % (dot_filename, nodes))
    _present_graph(dot_filename, filename)


def _present_graph(dot_filename, filename=None):
    # A .dot file asked for is done. Otherwise show it with xdot (no filename given) or render it
    # with dot to the format filename's extension names.
    if filename == dot_filename:
        return
    import subprocess
    if not filename and _program_in_path('xdot'):
        print('Spawning graph viewer (xdot)')
        subprocess.Popen(['xdot', dot_filename], close_fds=True)
    elif _program_in_path('dot'):
        if not filename:
            print('Graph viewer (xdot) not found, generating a png instead')
            filename = dot_filename[:-4] + '.png'
        ext = os.path.splitext(filename)[1]
        cmd = ['dot', '-T' + ext[1:], '-o' + filename, dot_filename]
        dot = subprocess.Popen(cmd, close_fds=False)
        dot.wait()
        if dot.returncode != 0:
            print('dot failed (exit code %d) while executing "%s"' % (dot.returncode, ' '.join(cmd)))
        else:
            print('Image generated as %s' % filename)
    elif not filename:
        print('Graph viewer (xdot) and image renderer (dot) not found, not doing anything else')
    else:
        print('Image renderer (dot) not found, not doing anything else')


def _program_in_path(program):
    for folder in os.environ.get('PATH', os.defpath).split(os.pathsep):
        candidate = os.path.join(folder, program)
        if os.path.isfile(candidate) or os.path.isfile(candidate + '.exe'):
            return True
    return False


# ------------------------------------------------------------------ the text of a graph

def _obj_node_id(obj):
    return ('o%d' % id(obj)).replace('-', '_')


def _obj_attrs(obj, extra_node_attrs):
    if extra_node_attrs is None:
        return ''
    attrs = extra_node_attrs(obj)
    return ', ' + ', '.join('%s="%s"' % (name, _quote(value))
                            for name, value in sorted(attrs.items()) if value is not None)


def _obj_label(obj, extra_info=None, refcounts=False, shortnames=True):
    name = _short_typename(obj) if shortnames else _long_typename(obj)
    if refcounts:
        # objgraph's correction, kept so the numbers are objgraph's: the caller's target, this
        # frame's obj and getrefcount's argument, and one more it subtracts as well.
        name += ' [%d]' % (sys.getrefcount(obj) - 4)
    lines = [name, _safe_repr(obj)]
    if extra_info:
        lines.append(str(extra_info(obj)))
    return _quote('\n'.join(lines))


def _quote(s):
    return (s.replace('\\', '\\\\')
            .replace('"', '\\"')
            .replace('\n', '\\n')
            .replace('\0', '\\\\0'))


def _safe_repr(obj):
    try:
        return _short_repr(obj)
    except Exception:
        return '(unrepresentable)'


def _name_or_repr(value):
    try:
        name = value.__name__
    except AttributeError:
        return repr(value)[:40]
    if _isinstance(name, str):
        return name
    return repr(value)[:40]


def _short_repr(obj):
    if _isinstance(obj, (type, _ModuleType, _BuiltinType)):
        return _name_or_repr(obj)
    if _isinstance(obj, _MethodType):
        name = _name_or_repr(obj.__func__)
        return name + ' (bound)' if obj.__self__ else name
    if _isinstance(obj, _FunctionType) and obj.__name__ == '<lambda>':
        code = obj.__code__
        return 'lambda: %s:%s' % (os.path.basename(code.co_filename), code.co_firstlineno)
    if _isinstance(obj, _FrameType):
        return '%s:%s' % (obj.f_code.co_filename, obj.f_lineno)
    if _isinstance(obj, (tuple, list, dict, set)):
        return '%d items' % len(obj)
    return repr(obj)[:40]


def _gradient(start_color, end_color, depth, max_depth):
    if max_depth == 0:
        return start_color
    h1, s1, v1 = start_color
    h2, s2, v2 = end_color
    f = float(depth) / max_depth
    return h1 * (1 - f) + h2 * f, s1 * (1 - f) + s2 * f, v1 * (1 - f) + v2 * f


def _is_identifier(key):
    # The ASCII identifiers [a-zA-Z_][a-zA-Z_0-9]*, a final newline allowed (a regex's '$').
    if key.endswith('\n'):
        key = key[:-1]
    if not key or not (key[0] == '_' or ('a' <= key[0] <= 'z') or ('A' <= key[0] <= 'Z')):
        return False
    for c in key[1:]:
        if not (c == '_' or 'a' <= c <= 'z' or 'A' <= c <= 'Z' or '0' <= c <= '9'):
            return False
    return True


def _edge_label(source, target, shortnames=True):
    if _isinstance(target, dict) and target is getattr(source, '__dict__', None):
        return ' [label="__dict__",weight=10]'
    if _isinstance(source, _FrameType):
        if target is source.f_locals:
            return ' [label="f_locals",weight=10]'
        if target is source.f_globals:
            return ' [label="f_globals",weight=10]'
    if _isinstance(source, _MethodType):
        if target is source.__self__:
            return ' [label="__self__",weight=10]'
        if target is source.__func__:
            return ' [label="__func__",weight=10]'
    if _isinstance(source, _FunctionType):
        for k in dir(source):
            if target is getattr(source, k):
                return ' [label="%s",weight=10]' % _quote(k)
    if _isinstance(source, dict):
        for k, v in source.items():
            if v is target:
                if _isinstance(k, str) and _is_identifier(k):
                    return ' [label="%s",weight=2]' % _quote(k)
                tn = _short_typename(k) if shortnames else _long_typename(k)
                return ' [label="%s"]' % _quote(tn + '\n' + _safe_repr(k))
    return ''
