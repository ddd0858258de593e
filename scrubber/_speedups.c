/* Compiled twin of scrubber.features.document_features: one pass over each line's code points.
 *
 * Optional: setup.py builds it when a C compiler is present, and scrubber falls back to the
 * pure-Python passes otherwise. Both give the same measures; tests/test_speedups.py holds them
 * to it. The character classes below are those of the regular expressions in features.py, in
 * the semantics of Python's `re` (\w is Py_UNICODE_ISALNUM or '_', \d Py_UNICODE_ISDECIMAL,
 * \s Py_UNICODE_ISSPACE).
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>

/* features._CJK_RANGES */
static int is_cjk(Py_UCS4 c) {
    if (c < 0x1100) return 0;
    if (c >= 0x4e00 && c <= 0x9fff) return 1;
    return (c <= 0x11ff) || (c >= 0x2e80 && c <= 0x2fdf) || c == 0x3005 || c == 0x3007 ||
           (c >= 0x3021 && c <= 0x3029) || (c >= 0x3038 && c <= 0x303b) ||
           (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3130 && c <= 0x318f) ||
           (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) ||
           (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0x20000 && c <= 0x3134f);
}

/* features._HAN_KANA: Han and kana, not hangul */
static int is_han_kana(Py_UCS4 c) {
    if (c < 0x2e80) return 0;
    if (c >= 0x4e00 && c <= 0x9fff) return 1;
    return (c <= 0x2fdf) || c == 0x3005 || c == 0x3007 || (c >= 0x3040 && c <= 0x30ff) ||
           (c >= 0x31f0 && c <= 0x31ff) || (c >= 0x3400 && c <= 0x4dbf) ||
           (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3134f);
}

static int is_alnum(Py_UCS4 c) {
    if (c < 128) return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
    return Py_UNICODE_ISALNUM(c);
}

static int is_word(Py_UCS4 c) { return c == '_' || is_alnum(c); }

static int is_space(Py_UCS4 c) {
    if (c < 128) return c == ' ' || (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x1f);
    return Py_UNICODE_ISSPACE(c);
}

static int is_decimal(Py_UCS4 c) {
    if (c < 128) return c >= '0' && c <= '9';
    return Py_UNICODE_ISDECIMAL(c);
}

/* 。！？；!?;… */
static int is_sentence_mark(Py_UCS4 c) {
    return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == 0xff1b || c == '!' || c == '?' ||
           c == ';' || c == 0x2026;
}

/* ，、,：: */
static int is_clause_mark(Py_UCS4 c) {
    return c == 0xff0c || c == 0x3001 || c == ',' || c == 0xff1a || c == ':';
}

/* |｜·•»>›/／→ tab and ideographic space */
static int is_separator_char(Py_UCS4 c) {
    return c == '|' || c == 0xff5c || c == 0xb7 || c == 0x2022 || c == 0xbb || c == '>' ||
           c == 0x203a || c == '/' || c == 0xff0f || c == 0x2192 || c == '\t' || c == 0x3000;
}

/* what may follow a full stop that ends a sentence: "'”’) */
static int is_stop_follower(Py_UCS4 c) {
    return c == '"' || c == '\'' || c == 0x201d || c == 0x2019 || c == ')';
}

/* sentence-final characters and the closers after them (features._SENTENCE_END) */
static int is_final(Py_UCS4 c) {
    return c == 0x3002 || c == 0xff01 || c == 0xff1f || c == '!' || c == '?' || c == '.' ||
           c == 0x2026;
}

static int is_closer(Py_UCS4 c) {
    return c == '"' || c == '\'' || c == 0x201d || c == 0x2019 || c == 0x300d || c == 0x300f ||
           c == 0xff09 || c == ')' || c == ']';
}

#define TAIL 8

typedef struct {
    Py_ssize_t cjk, words, alnum, sentence, clause, strong, gaps;
    int ends_sentence, ends_ellipsis;
} Counts;

/* The measures use the line with NUL read as a space (features._MARK). */
#define RAW(i) PyUnicode_READ(kind, data, (i))
#define AT(i) (c_ = PyUnicode_READ(kind, data, (i)), c_ == 0 ? (Py_UCS4)' ' : c_)

static void measure(PyObject *line, Counts *out) {
    int kind = PyUnicode_KIND(line);
    const void *data = PyUnicode_DATA(line);
    Py_ssize_t n = PyUnicode_GET_LENGTH(line);
    Py_UCS4 c_, c, prev = '\n', next;
    int in_word = 0;
    memset(out, 0, sizeof(*out));
    for (Py_ssize_t i = 0; i < n; i++, prev = c) {
        c = AT(i);
        next = i + 1 < n ? AT(i + 1) : (Py_UCS4)'\n';
        int cjk = is_cjk(c), alnum = is_alnum(c);
        out->cjk += cjk;
        out->alnum += alnum;
        if (alnum && !cjk) {
            out->words += !in_word;
            in_word = 1;
        } else {
            in_word = 0;
        }
        if (c < 128 && alnum) continue; /* none of the marks below is a letter or digit */
        if (is_sentence_mark(c)) {
            out->sentence++;
        } else if (c == '.') {
            /* (?<!\b\d)(?<!\b\d\d)\.(?=\s|$|["'”’)]) */
            int after = next == '\n' || is_space(next) || is_stop_follower(next);
            int one = i >= 1 && is_decimal(prev) && (i == 1 || !is_word(AT(i - 2)));
            int two = i >= 2 && is_decimal(prev) && is_decimal(AT(i - 2)) &&
                      (i == 2 || !is_word(AT(i - 3)));
            out->sentence += after && !one && !two;
        }
        if (is_clause_mark(c)) out->clause++;
        /* [|｜·•»>›/／→\t　]|-->?|—>|[^\S\n]{2,} */
        if (is_separator_char(c)) {
            out->strong++;
        } else if (c == '-' && next == '-') {
            out->strong++;
            i++;
            c = next;
            if (i + 1 < n && AT(i + 1) == '>') {
                i++;
                c = '>';
            }
        } else if (c == 0x2014 && next == '>') {
            out->strong++;
            i++;
            c = next;
        } else if (is_space(c) && is_space(next) && next != '\n') {
            out->strong++;
            while (i + 1 < n && is_space(AT(i + 1))) i++;
            c = AT(i);
        } else if ((c == ' ' || c == 0xa0) &&
                   ((is_han_kana(prev) && next != '\n' && !is_space(next)) ||
                    (prev != '\n' && !is_space(prev) && is_han_kana(next)))) {
            /* a single space beside Han or kana */
            out->gaps++;
        }
    }
    /* the tail: (?:[。！？!?.…]|\.\.\.)["'”’」』）)\]]*\s*$ and
       (?:\.\.\.|…|。。。)\s*(?:["'”’」』）)\]]\s*)?$, searched in the last TAIL characters
       of the line as it is (NUL included) */
    Py_ssize_t w = n > TAIL ? n - TAIL : 0, j = n;
    while (j > w && is_space(RAW(j - 1))) j--;
    Py_ssize_t k = j;
    while (k > w && is_closer(RAW(k - 1))) k--;
    out->ends_sentence = k > w && is_final(RAW(k - 1));
    if (j > w && is_closer(RAW(j - 1))) {
        j--;
        while (j > w && is_space(RAW(j - 1))) j--;
    }
    if (j - 1 >= w && RAW(j - 1) == 0x2026) {
        out->ends_ellipsis = 1;
    } else if (j - 3 >= w) {
        Py_UCS4 a = RAW(j - 3), b = RAW(j - 2), d = RAW(j - 1);
        out->ends_ellipsis = (a == '.' && b == '.' && d == '.') ||
                             (a == 0x3002 && b == 0x3002 && d == 0x3002);
    }
}

/* measure_lines(texts, lowers, cls, empty) -> list of cls instances (cls is the LineFeatures
   named tuple); an empty text gives `empty`. */
static PyObject *measure_lines(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *texts, *lowers, *empty;
    PyTypeObject *cls;
    if (!PyArg_ParseTuple(args, "O!O!O!O", &PyList_Type, &texts, &PyList_Type, &lowers,
                          &PyType_Type, &cls, &empty))
        return NULL;
    if (!PyType_IsSubtype(cls, &PyTuple_Type)) {
        PyErr_SetString(PyExc_TypeError, "cls must be a tuple subclass");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(texts);
    if (PyList_GET_SIZE(lowers) != count) {
        PyErr_SetString(PyExc_ValueError, "texts and lowers differ in length");
        return NULL;
    }
    PyObject *result = PyList_New(count), *item = NULL;
    if (result == NULL) return NULL;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i), *lower = PyList_GET_ITEM(lowers, i);
        if (!PyUnicode_Check(text) || !PyUnicode_Check(lower)) {
            PyErr_SetString(PyExc_TypeError, "texts and lowers must hold str");
            goto fail;
        }
        if (PyUnicode_GET_LENGTH(text) == 0) {
            Py_INCREF(empty);
            PyList_SET_ITEM(result, i, empty);
            continue;
        }
        Counts m;
        measure(text, &m);
        int cjk_line = m.cjk > 0 && (double)m.cjk >= 0.3 * (double)m.alnum;
        /* filled as a plain tuple, then made a cls the way tuple.__new__(cls, ...) does */
        item = PyTuple_New(12);
        if (item == NULL) goto fail;
        Py_INCREF(text);
        PyTuple_SET_ITEM(item, 0, text);
        Py_INCREF(lower);
        PyTuple_SET_ITEM(item, 1, lower);
        Py_ssize_t numbers[] = {PyUnicode_GET_LENGTH(text), m.cjk, m.cjk + m.words, m.alnum,
                                m.sentence, m.clause};
        for (int f = 0; f < 6; f++) {
            PyObject *number = PyLong_FromSsize_t(numbers[f]);
            if (number == NULL) goto fail_item;
            PyTuple_SET_ITEM(item, 2 + f, number);
        }
        PyObject *flags[] = {m.ends_sentence ? Py_True : Py_False,
                             m.ends_ellipsis ? Py_True : Py_False};
        for (int f = 0; f < 2; f++) {
            Py_INCREF(flags[f]);
            PyTuple_SET_ITEM(item, 8 + f, flags[f]);
        }
        PyObject *separators = PyLong_FromSsize_t(m.strong + (cjk_line ? m.gaps : 0));
        if (separators == NULL) goto fail_item;
        PyTuple_SET_ITEM(item, 10, separators);
        PyObject *strong = PyLong_FromSsize_t(m.strong);
        if (strong == NULL) goto fail_item;
        PyTuple_SET_ITEM(item, 11, strong);
        PyObject *wrapped = PyTuple_Pack(1, item);
        Py_CLEAR(item);
        if (wrapped == NULL) goto fail;
        PyObject *instance = PyTuple_Type.tp_new(cls, wrapped, NULL);
        Py_DECREF(wrapped);
        if (instance == NULL) goto fail;
        PyList_SET_ITEM(result, i, instance);
    }
    return result;
fail_item:
    Py_XDECREF(item);
fail:
    Py_DECREF(result);
    return NULL;
}

static PyMethodDef methods[] = {
    {"measure_lines", measure_lines, METH_VARARGS,
     "measure_lines(texts, lowers, cls, empty): the LineFeatures of every line."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {
    PyModuleDef_HEAD_INIT, "scrubber._speedups",
    "Compiled line measures (optional; see scrubber.features).", -1, methods,
    NULL, NULL, NULL, NULL,
};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
