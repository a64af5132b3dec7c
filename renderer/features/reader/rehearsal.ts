/**
 * A one-page PDF (909 bytes) for pdf.js to open, draw and read once while the app is idle, so the
 * first real document does not run pdf.js's code cold. Opening the first document otherwise pays for
 * compiling the parser, the font code and the canvas drawing code as it goes: about 150 ms on a busy
 * two-core machine, measured with the reader bench. Made with pdf-lib like most generated packs: an
 * xref stream, an object stream, Flate-compressed content and two lines of Helvetica text.
 */
const REHEARSAL_PDF_BASE64 =
  'JVBERi0xLjcKJYGBgYEKCjYgMCBvYmoKPDwKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL0xlbmd0aCAxMzgKPj4Kc3RyZWFtCnicdc0xCgJBDAXQPqdILahJdpLMgFiIAxY2Qi4gsoqLFivi+R21EpRUH/L/G2EVQPi62wnmm/7y6O/nw37qVHLK5LkgC8YRJGFsgd+vjEzohHGFhXbWubh6smLV1NRliTFATKAG7GD8RxRPYlnUMpaZ/jT0YyQ2b8vVkrGQtWJLa6GOv6QnjoMs/QplbmRzdHJlYW0KZW5kb2JqCgo3IDAgb2JqCjw8Ci9GaWx0ZXIgL0ZsYXRlRGVjb2RlCi9UeXBlIC9PYmpTdG0KL04gNQovRmlyc3QgMjYKL0xlbmd0aCAzNzUKPj4Kc3RyZWFtCnic1VPBSsQwEL3nK+aoB8kkm6atLAvrbqsgi4sKiuKhtmGpLIm0WdG/d6ZdVzyIZw+PZOa9mWTaFwUIGoyBCaQZGEgmGhKwysB0KuTtx6sDua42rhfysm16eCQW4RqehFyEnY+gxGwmvrWLKlbbsBFjESgWfynWXWh2tetgWhZliZgiojUEi6iXtC4IOUFTTJzOaE9IzR6USyeIkzlx5QibjjXMD9pkX1/QSlrLmuWoNdkYH87ls4qxh/7rPvlMyFVollV0cLQ81aitUjpRmdJoHo7pc3SuiuH/Djfcvw3+1wl//Ocy+Cjkze45DiEnlZBnVe+YAXnhtm8utnUlZOHr0LR+A/Ku9XPft1+Jnx3ZMGybzrGrBt/Ia9eHXVeTkVg3dObNoflJinlGk6dZTt4dSr65PDXaZjqx2Z6j4+T91fOLq4c2HBbv8fwm8sRjgnMr17TVWXgnryO/DkRQBHL83PsQ+Q0M7veRbsqR3b8IKv4EijnM+gplbmRzdHJlYW0KZW5kb2JqCgo4IDAgb2JqCjw8Ci9TaXplIDkKL1Jvb3QgMiAwIFIKL0luZm8gMyAwIFIKL0ZpbHRlciAvRmxhdGVEZWNvZGUKL1R5cGUgL1hSZWYKL0xlbmd0aCA0MgovVyBbIDEgMiAyIF0KL0luZGV4IFsgMCA5IF0KPj4Kc3RyZWFtCnicY2Bg+P+fiYGdgQFEMIIIJhDBDCJYGBkEGBgYGR4DCaYDDAwAYvoD7gplbmRzdHJlYW0KZW5kb2JqCgpzdGFydHhyZWYKNzA0CiUlRU9G';

/** A fresh copy each time (pdf.js takes ownership of the buffer it is given). */
export function rehearsalPdf(): Uint8Array {
  return Uint8Array.from(atob(REHEARSAL_PDF_BASE64), (c) => c.charCodeAt(0));
}
