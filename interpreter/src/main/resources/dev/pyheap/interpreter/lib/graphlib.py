"""TopologicalSorter (static_order, and prepare/get_ready/done/is_active for processing nodes as
they become ready) and CycleError, giving the nodes in CPython's order: each node keeps its
count of unfinished predecessors and its successors in the order the edges were added; the
ready nodes are those whose count is zero, in the order they became so."""

from types import GenericAlias

__all__ = ["TopologicalSorter", "CycleError"]

_NODE_OUT = -1   # passed out by get_ready, not done yet
_NODE_DONE = -2  # marked done


class _NodeInfo:
    __slots__ = "node", "npredecessors", "successors"

    def __init__(self, node):
        self.node = node
        # the predecessors not done yet, or _NODE_OUT / _NODE_DONE
        self.npredecessors = 0
        self.successors = []


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] is a cycle as a list of nodes
    whose first and last are the same."""


class TopologicalSorter:
    """Sorts the nodes of a graph (a mapping of node to its predecessors) topologically."""

    def __init__(self, graph=None):
        self._node2info = {}
        self._ready_nodes = None
        self._npassedout = 0
        self._nfinished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _get_nodeinfo(self, node):
        info = self._node2info.get(node)
        if info is None:
            info = self._node2info[node] = _NodeInfo(node)
        return info

    def add(self, node, *predecessors):
        """Adds node and its predecessors (edges from each predecessor to node)."""
        if self._ready_nodes is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        info = self._get_nodeinfo(node)
        info.npredecessors += len(predecessors)
        for pred in predecessors:
            self._get_nodeinfo(pred).successors.append(node)

    def prepare(self):
        """Ends the graph: finds the first ready nodes, raises CycleError for a cycle."""
        if self._ready_nodes is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready_nodes = [info.node for info in self._node2info.values()
                             if info.npredecessors == 0]
        cycle = self._find_cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def get_ready(self):
        """The tuple of nodes ready now (each returned once)."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        ready = tuple(self._ready_nodes)
        for node in ready:
            self._node2info[node].npredecessors = _NODE_OUT
        self._ready_nodes.clear()
        self._npassedout += len(ready)
        return ready

    def is_active(self):
        """Whether nodes remain to be passed out or marked done."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        return self._nfinished < self._npassedout or bool(self._ready_nodes)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        """Marks nodes (returned by get_ready) processed: their successors may become ready."""
        if self._ready_nodes is None:
            raise ValueError("prepare() must be called first")
        n2i = self._node2info
        for node in nodes:
            info = n2i.get(node)
            if info is None:
                raise ValueError(f"node {node!r} was not added using add()")
            state = info.npredecessors
            if state != _NODE_OUT:
                if state >= 0:
                    raise ValueError(f"node {node!r} was not passed out (still not ready)")
                raise ValueError(f"node {node!r} was already marked done")
            info.npredecessors = _NODE_DONE
            for successor in info.successors:
                successor_info = n2i[successor]
                successor_info.npredecessors -= 1
                if successor_info.npredecessors == 0:
                    self._ready_nodes.append(successor)
            self._nfinished += 1

    def _find_cycle(self):
        # Depth-first over the successors from each node in insertion order, with an explicit
        # stack of nodes and of their successor iterators; meeting a node that is on the stack
        # closes a cycle.
        n2i = self._node2info
        stack = []
        iterators = []
        seen = set()
        position = {}
        for start in n2i:
            if start in seen:
                continue
            node = start
            while True:
                if node in seen:
                    if node in position:
                        return stack[position[node]:] + [node]
                else:
                    seen.add(node)
                    iterators.append(iter(n2i[node].successors))
                    position[node] = len(stack)
                    stack.append(node)
                # back up to the deepest node with a successor left
                while stack:
                    node = next(iterators[-1], _EXHAUSTED)
                    if node is not _EXHAUSTED:
                        break
                    del position[stack.pop()]
                    iterators.pop()
                else:
                    break
        return None

    def static_order(self):
        """All the nodes in a topological order (prepare, then get_ready/done in turn)."""
        self.prepare()
        while self.is_active():
            group = self.get_ready()
            yield from group
            self.done(*group)

    __class_getitem__ = classmethod(GenericAlias)


_EXHAUSTED = object()
