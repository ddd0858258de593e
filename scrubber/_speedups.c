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


/* ---------------------------------------------------------------------------------------------
 * Scanner: the keyword trie of scrubber.rules, walked in C. Python builds the trie (flat arrays,
 * edges sorted by character within a node) and keeps the reference scan with `re`; tests hold
 * the two equal (tests/test_speedups.py).
 */

#define WORD_ASCII_OK 1 /* the keyword counts on pure-ASCII text even if not Latin-first */

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_nodes, n_edges;
    int32_t *word;       /* per node: index of the keyword ending there, or -1 */
    int32_t *first_edge; /* per node: its first edge */
    int32_t *edge_count; /* per node: how many edges */
    Py_UCS4 *edge_char;  /* per edge */
    int32_t *edge_child; /* per edge */
    int32_t *root;       /* child of the root for each BMP character, or -1 */
    PyObject *words;     /* tuple of str */
    unsigned char *flags;
    int word_start;      /* Latin-first keywords only where no ASCII letter precedes */
} Scanner;

static void Scanner_dealloc(Scanner *self) {
    PyMem_Free(self->word);
    PyMem_Free(self->first_edge);
    PyMem_Free(self->edge_count);
    PyMem_Free(self->edge_char);
    PyMem_Free(self->edge_child);
    PyMem_Free(self->root);
    PyMem_Free(self->flags);
    Py_XDECREF(self->words);
    Py_TYPE(self)->tp_free((PyObject *)self);
}

static int fill_ints(PyObject *list, Py_ssize_t n, int32_t **out) {
    if (!PyList_Check(list) || PyList_GET_SIZE(list) != n) {
        PyErr_SetString(PyExc_ValueError, "trie arrays differ in length");
        return -1;
    }
    *out = PyMem_Malloc(sizeof(int32_t) * (n ? n : 1));
    if (*out == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        long v = PyLong_AsLong(PyList_GET_ITEM(list, i));
        if (v == -1 && PyErr_Occurred()) return -1;
        (*out)[i] = (int32_t)v;
    }
    return 0;
}

/* Scanner(word, first_edge, edge_count, edge_char, edge_child, words, flags, word_start) */
static int Scanner_init(Scanner *self, PyObject *args, PyObject *Py_UNUSED(kwds)) {
    PyObject *word, *first_edge, *edge_count, *edge_char, *edge_child, *words;
    Py_buffer flags;
    int word_start;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!y*p", &PyList_Type, &word, &PyList_Type,
                          &first_edge, &PyList_Type, &edge_count, &PyList_Type, &edge_char,
                          &PyList_Type, &edge_child, &PyTuple_Type, &words, &flags, &word_start))
        return -1;
    int rc = -1;
    if (self->word != NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Scanner is already initialised");
        goto done;
    }
    Py_ssize_t n_nodes = PyList_GET_SIZE(word), n_edges = PyList_GET_SIZE(edge_char);
    if (n_nodes < 1 || flags.len != PyTuple_GET_SIZE(words)) {
        PyErr_SetString(PyExc_ValueError, "malformed trie");
        goto done;
    }
    /* edge_char is filled as int32 (same size as Py_UCS4), then checked non-negative */
    if (fill_ints(word, n_nodes, &self->word) || fill_ints(first_edge, n_nodes, &self->first_edge) ||
        fill_ints(edge_count, n_nodes, &self->edge_count) ||
        fill_ints(edge_child, n_edges, &self->edge_child) ||
        fill_ints(edge_char, n_edges, (int32_t **)&self->edge_char))
        goto done;
    const int32_t *chars = (const int32_t *)self->edge_char;
    for (Py_ssize_t i = 0; i < n_nodes; i++) {
        if (self->word[i] >= PyTuple_GET_SIZE(words) || self->first_edge[i] < 0 ||
            self->edge_count[i] < 0 || self->first_edge[i] + self->edge_count[i] > n_edges) {
            PyErr_SetString(PyExc_ValueError, "malformed trie");
            goto done;
        }
    }
    for (Py_ssize_t e = 0; e < n_edges; e++) {
        if (self->edge_child[e] <= 0 || self->edge_child[e] >= n_nodes || chars[e] < 0) {
            PyErr_SetString(PyExc_ValueError, "malformed trie");
            goto done;
        }
    }
    self->n_nodes = n_nodes;
    self->n_edges = n_edges;
    self->root = PyMem_Malloc(sizeof(int32_t) * 0x10000);
    self->flags = PyMem_Malloc(flags.len ? flags.len : 1);
    if (self->root == NULL || self->flags == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t c = 0; c < 0x10000; c++) self->root[c] = -1;
    for (int32_t e = self->first_edge[0]; e < self->first_edge[0] + self->edge_count[0]; e++)
        if (self->edge_char[e] < 0x10000) self->root[self->edge_char[e]] = self->edge_child[e];
    memcpy(self->flags, flags.buf, flags.len);
    Py_INCREF(words);
    self->words = words;
    self->word_start = word_start;
    rc = 0;
done:
    PyBuffer_Release(&flags);
    return rc;
}

static int32_t child_of(const Scanner *self, int32_t node, Py_UCS4 c) {
    if (node == 0 && c < 0x10000) return self->root[c];
    int32_t lo = self->first_edge[node], hi = lo + self->edge_count[node];
    while (lo < hi) { /* edges are sorted by character */
        int32_t mid = (lo + hi) / 2;
        if (self->edge_char[mid] < c) lo = mid + 1;
        else hi = mid;
    }
    return lo < self->first_edge[node] + self->edge_count[node] && self->edge_char[lo] == c
               ? self->edge_child[lo] : -1;
}

static int ascii_alnum(Py_UCS4 c) {
    return c < 128 && ((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
}

/* The longest keyword starting at q, or -1; *latin tells whether it starts with an ASCII
   letter or digit. */
static int32_t longest_at(const Scanner *self, int kind, const void *data, Py_ssize_t n,
                          Py_ssize_t q, int ascii_text, int *latin) {
    Py_UCS4 c = PyUnicode_READ(kind, data, q);
    int32_t node = child_of(self, 0, c);
    if (node < 0) return -1;
    *latin = ascii_alnum(c);
    if (*latin && self->word_start && q > 0) {
        Py_UCS4 p = PyUnicode_READ(kind, data, q - 1);
        if (p >= 'a' && p <= 'z') return -1;
    }
    int32_t best = -1;
    for (Py_ssize_t j = q + 1;; j++) {
        int32_t w = self->word[node];
        if (w >= 0 && (!ascii_text || *latin || (self->flags[w] & WORD_ASCII_OK))) best = w;
        if (j >= n) break;
        node = child_of(self, node, PyUnicode_READ(kind, data, j));
        if (node < 0) break;
    }
    return best;
}

/* 0 when `text` is a str and the scanner is ready, else -1 with an exception set */
static int check_text(const Scanner *self, PyObject *text) {
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "expected a str");
        return -1;
    }
    if (self->word == NULL) {
        PyErr_SetString(PyExc_RuntimeError, "Scanner is not initialised");
        return -1;
    }
    return 0;
}

static PyObject *Scanner_scan(Scanner *self, PyObject *text) {
    if (check_text(self, text) < 0) return NULL;
    int kind = PyUnicode_KIND(text), ascii_text = PyUnicode_IS_ASCII(text), latin;
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    PyObject *out = PyList_New(0);
    if (out == NULL) return NULL;
    for (Py_ssize_t q = 0; q < n; q++) {
        int32_t w = longest_at(self, kind, data, n, q, ascii_text, &latin);
        if (w < 0) continue;
        PyObject *item = Py_BuildValue("(nOO)", q, PyTuple_GET_ITEM(self->words, w),
                                       latin ? Py_True : Py_False);
        if (item == NULL || PyList_Append(out, item) < 0) {
            Py_XDECREF(item);
            Py_DECREF(out);
            return NULL;
        }
        Py_DECREF(item);
    }
    return out;
}

/* scan_many(texts): {index: scan(text)} for the texts where scan finds something */
static PyObject *Scanner_scan_many(Scanner *self, PyObject *texts) {
    if (!PyList_Check(texts)) {
        PyErr_SetString(PyExc_TypeError, "scan_many() takes a list of str");
        return NULL;
    }
    PyObject *out = PyDict_New();
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (PyUnicode_Check(text) && PyUnicode_GET_LENGTH(text) == 0) continue;
        PyObject *found = Scanner_scan(self, text);
        if (found == NULL) goto fail;
        if (PyList_GET_SIZE(found) > 0) {
            PyObject *key = PyLong_FromSsize_t(i);
            int rc = key == NULL ? -1 : PyDict_SetItem(out, key, found);
            Py_XDECREF(key);
            if (rc < 0) {
                Py_DECREF(found);
                goto fail;
            }
        }
        Py_DECREF(found);
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef Scanner_methods[] = {
    {"scan_many", (PyCFunction)Scanner_scan_many, METH_O,
     "scan_many(texts): {index: scan(text)} for the texts where scan finds something."},
    {"scan", (PyCFunction)Scanner_scan, METH_O,
     "scan(text): [(start, keyword, starts with an ASCII letter or digit)], the longest keyword "
     "at every position where one starts."},
    {NULL, NULL, 0, NULL},
};

static PyTypeObject ScannerType = {
    PyVarObject_HEAD_INIT(NULL, 0)
    .tp_name = "scrubber._speedups.Scanner",
    .tp_basicsize = sizeof(Scanner),
    .tp_dealloc = (destructor)Scanner_dealloc,
    .tp_flags = Py_TPFLAGS_DEFAULT,
    .tp_doc = "A keyword trie (see scrubber.rules).",
    .tp_methods = Scanner_methods,
    .tp_init = (initproc)Scanner_init,
    .tp_new = PyType_GenericNew,
};

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

PyMODINIT_FUNC PyInit__speedups(void) {
    if (PyType_Ready(&ScannerType) < 0) return NULL;
    PyObject *m = PyModule_Create(&module);
    if (m == NULL) return NULL;
    Py_INCREF(&ScannerType);
    if (PyModule_AddObject(m, "Scanner", (PyObject *)&ScannerType) < 0) {
        Py_DECREF(&ScannerType);
        Py_DECREF(m);
        return NULL;
    }
    return m;
}
