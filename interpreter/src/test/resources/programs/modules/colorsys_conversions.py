# colorsys: RGB to and from YIQ, HLS and HSV for sample colours and a grid of values, with the
# floats CPython's formulas give (clamping in yiq_to_rgb, hue wrapping, the grey cases).
import colorsys

samples = [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.5, 0.5, 0.5), (0.9, 0.1, 0.6), (0.0, 0.0, 1.0),
           (0.1, 0.9, 0.3), (1.0, 1.0, 1.0), (0.0, 0.0, 0.0), (0.75, 0.25, 0.25)]
for rgb in samples:
    yiq = colorsys.rgb_to_yiq(*rgb)
    hls = colorsys.rgb_to_hls(*rgb)
    hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, hls, hsv)
    print('  ', colorsys.yiq_to_rgb(*yiq), colorsys.hls_to_rgb(*hls), colorsys.hsv_to_rgb(*hsv))
for h in [0.0, 0.1, 1 / 6, 0.3, 0.5, 2 / 3, 0.7, 0.9, 1.0, 1.25, -0.25]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.7, 0.4),
          colorsys.hls_to_rgb(h, 0.3, 0.4), colorsys.yiq_to_rgb(0.5, h, -h))
print(colorsys.hls_to_rgb(0.4, 0.5, 0.0), colorsys.hsv_to_rgb(0.4, 0.0, 0.3), colorsys.rgb_to_hls(0.6, 0.6, 0.6))
