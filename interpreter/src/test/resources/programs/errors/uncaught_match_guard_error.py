# Pins down: the traceback of an error raised inside a match statement's guard (the guard's line
# and carets), after earlier cases printed, with a note added by an outer handler that re-raises
# from a helper frame.
class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y):
        self.x, self.y = x, y

def classify(p, limits):
    match p:
        case Point(0, 0):
            return 'origin'
        case Point(x, y) if x > limits['xmax']:
            return 'right'
        case Point(x, y) if y > limits['ymax']:
            return 'top'
        case _:
            return 'inside'

def check_all(points, limits):
    out = []
    for p in points:
        try:
            out.append(classify(p, limits))
        except KeyError as e:
            e.add_note(f'while classifying Point({p.x}, {p.y})')
            raise
        print('classified', out[-1])
    return out

check_all([Point(0, 0), Point(9, 1), Point(1, 1)], {'xmax': 5})
