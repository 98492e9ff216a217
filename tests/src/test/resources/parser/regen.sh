#!/bin/sh
# Regenerates the expected outputs of ParserTest with CPython 3.11:
#   NAME.py        -> NAME.ast  (ast.dump of the tree, return annotations and u-string kinds cleared)
#   errors/NAME.py -> errors/NAME.err  ("Type: message @ line" of the SyntaxError compile() raises)
cd "$(dirname "$0")" || exit 1
python3 - <<'PY'
import ast, glob
for f in sorted(glob.glob('*.py')):
    src = open(f, encoding='utf-8').read()
    compile(src, f, 'exec')
    tree = ast.parse(src)
    for n in ast.walk(tree):
        if isinstance(n, ast.FunctionDef):
            n.returns = None
        if isinstance(n, ast.Constant):
            n.kind = None
    open(f[:-3] + '.ast', 'w', encoding='utf-8').write(ast.dump(tree) + '\n')
for f in sorted(glob.glob('errors/*.py')):
    src = open(f, encoding='utf-8').read()
    try:
        compile(src, f, 'exec')
        raise SystemExit(f + ': compiles, but should not')
    except SyntaxError as e:
        open(f[:-3] + '.err', 'w', encoding='utf-8').write(f'{type(e).__name__}: {e.msg} @ {e.lineno}\n')
PY
