"""Inter for Boligsjekk: the weights and characters its pages use, from @fontsource-variable/inter.

Fontsource's files hold weights 100-900 and, in 'latin', all of General Punctuation; our pages use 400-700 (the
theme's 400, 500 and 600, and <strong>'s bold) and a handful of punctuation marks. Same typeface, same shapes, same
OpenType features; 48 -> 30 KB for the latin file every page loads. A character outside these ranges is drawn in the
next font of the stack (tests/unit/i18n/fonts.test.ts checks that no text of ours has one).

Run again after updating @fontsource-variable/inter:
    pip install fonttools brotli && python3 scripts/fonts/subset-inter.py
and copy the printed unicode-range lines into src/lib/styles/fonts.css.
"""

import io
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont
from fontTools.varLib import instancer

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / 'node_modules/@fontsource-variable/inter/files'
OUT = ROOT / 'src/lib/styles/fonts'
WEIGHTS = (400, 700)

# Fontsource's ranges, less the General Punctuation (U+2000-206F) and specials our texts never use.
SUBSETS = {
    'latin': 'U+0000-00FF, U+0131, U+0152-0153, U+02BB-02BC, U+02C6, U+02DA, U+02DC, U+0304, U+0308, U+0329, '
    'U+2000-200A, U+2010-2027, U+202F, U+2039-203A, U+20AC, U+2122, U+2191, U+2193, U+2212, U+2215',
    'latin-ext': 'U+0100-02BA, U+02BD-02C5, U+02C7-02CC, U+02CE-02D7, U+02DD-02FF, U+0304, U+0308, U+0329, '
    'U+1D00-1DBF, U+1E00-1E9F, U+1EF2-1EFF, U+2020, U+20A0-20AB, U+20AD-20C0, U+2113, U+2C60-2C7F, U+A720-A7FF',
    'cyrillic': 'U+0301, U+0400-045F, U+0490-0491, U+04B0-04B1, U+2116',
}


def codepoints(ranges: str) -> set[int]:
    points: set[int] = set()
    for part in ranges.split(','):
        first, _, last = part.strip().removeprefix('U+').partition('-')
        points.update(range(int(first, 16), int(last or first, 16) + 1))
    return points


def main() -> None:
    OUT.mkdir(exist_ok=True)
    for name, ranges in SUBSETS.items():
        font = TTFont(SOURCE / f'inter-{name}-wght-normal.woff2', lazy=False)
        font = instancer.instantiateVariableFont(font, {'wght': WEIGHTS})
        # the subsetter needs the instanced font read back in full
        buffer = io.BytesIO()
        font.save(buffer)
        buffer.seek(0)
        font = TTFont(buffer, lazy=False)
        options = subset.Options()
        options.flavor = 'woff2'
        options.layout_features = ['*']
        options.name_IDs = ['*']
        options.notdef_outline = True
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=codepoints(ranges) & set(font.getBestCmap()))
        subsetter.subset(font)
        target = OUT / f'inter-{name}-400-700.woff2'
        font.flavor = 'woff2'
        font.save(target)
        print(f'{target.relative_to(ROOT)}: {target.stat().st_size} bytes\n  unicode-range: {ranges};')


if __name__ == '__main__':
    main()
