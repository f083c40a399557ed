"""Counts the pixels of given colours in a PNG screenshot, using only the standard library.

Usage: python3 png_colours.py SHOT.png '#41b6c4' '#225ea8' ...
Prints JSON: width, height, the share of pixels that are not white, the number of distinct
colours, and the number of pixels of each requested colour. Handles 8-bit RGB and RGBA,
non-interlaced: what Chromium writes.
"""
import sys, zlib, struct, json
def main():
    path = sys.argv[1]
    colours = sys.argv[2:]
    data = open(path, 'rb').read()
    if data[:8] != b'\x89PNG\r\n\x1a\n':
        raise SystemExit('not a PNG')
    pos, idat = 8, []
    while pos < len(data):
        length, kind = struct.unpack('>I4s', data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind == b'IHDR':
            width, height, depth, ctype, _, _, interlace = struct.unpack('>IIBBBBB', body)
        elif kind == b'IDAT':
            idat.append(body)
        elif kind == b'IEND':
            break
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise SystemExit('unsupported PNG: depth %d, colour type %d' % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(b''.join(idat))
    stride = width * bpp
    prev = bytearray(stride)
    counts = {}
    i = 0
    for y in range(height):
        f = raw[i]
        line = bytearray(raw[i + 1:i + 1 + stride])
        i += 1 + stride
        if f == 1:
            for x in range(bpp, stride):
                line[x] = (line[x] + line[x - bpp]) & 255
        elif f == 2:
            line = bytearray((a + b) & 255 for a, b in zip(line, prev))
        elif f == 3:
            for x in range(stride):
                left = line[x - bpp] if x >= bpp else 0
                line[x] = (line[x] + ((left + prev[x]) >> 1)) & 255
        elif f == 4:
            for x in range(stride):
                a = line[x - bpp] if x >= bpp else 0
                b = prev[x]
                c = prev[x - bpp] if x >= bpp else 0
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[x] = (line[x] + (a if pa <= pb and pa <= pc else (b if pb <= pc else c))) & 255
        prev = line
        px = bytes(line)
        if bpp == 4:
            px = b''.join(px[k:k + 3] for k in range(0, stride, 4))
        for k in range(0, len(px), 3):
            key = px[k:k + 3]
            counts[key] = counts.get(key, 0) + 1
    total = width * height
    white = counts.get(b'\xff\xff\xff', 0)
    wanted = {c: counts.get(bytes.fromhex(c.lstrip('#')), 0) for c in colours}
    print(json.dumps({'width': width, 'height': height, 'nonWhite': 1 - white / total,
                      'distinct': len(counts), 'counts': wanted}))
main()
