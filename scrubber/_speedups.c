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
#if PY_VERSION_HEX < 0x030E0000
        /* made a cls the way tuple.__new__(cls, ...) does: tp_alloc, then the items (before
           3.14, whose tuples cache their hash: there tuple.__new__ is called) */
        item = cls->tp_alloc(cls, 12);
#else
        /* filled as a plain tuple, then made a cls the way tuple.__new__(cls, ...) does */
        item = PyTuple_New(12);
#endif
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
#if PY_VERSION_HEX < 0x030E0000
        PyList_SET_ITEM(result, i, item);
        item = NULL;
#else
        PyObject *wrapped = PyTuple_Pack(1, item);
        Py_CLEAR(item);
        if (wrapped == NULL) goto fail;
        PyObject *instance = PyTuple_Type.tp_new(cls, wrapped, NULL);
        Py_DECREF(wrapped);
        if (instance == NULL) goto fail;
        PyList_SET_ITEM(result, i, instance);
#endif
    }
    return result;
fail_item:
    Py_XDECREF(item);
fail:
    Py_DECREF(result);
    return NULL;
}


/* ---- features.strip_fold ---- */

/* Characters that str.casefold leaves as they are, outside ASCII: the CJK blocks, hangul,
   punctuation and the full-width punctuation (tests/test_speedups.py checks every one of them
   against str.casefold of the running Python). */
static int folds_to_itself(Py_UCS4 c) {
    if (c >= 0x2e80 && c <= 0xa63f) return 1;
    if (c < 0x2000) return c >= 0x80 && c <= 0xbf && c != 0xb5;
    return c <= 0x2125 || (c >= 0xac00 && c <= 0xd7ff) || (c >= 0xf900 && c <= 0xfaff) ||
           (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff20) ||
           (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xffef);
}

/* str.casefold of `text` with NUL read as a space (features._MARK), new reference */
static PyObject *fold(PyObject *text) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    int change = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128) {
            change |= (c >= 'A' && c <= 'Z') || c == 0;
        } else if (!folds_to_itself(c)) {
            /* another script: str.casefold itself */
            PyObject *spaced = NULL;
            if (PyUnicode_FindChar(text, 0, 0, n, 1) >= 0) {
                PyObject *nul = PyUnicode_FromOrdinal(0), *space = PyUnicode_FromOrdinal(' ');
                spaced = nul && space ? PyUnicode_Replace(text, nul, space, -1) : NULL;
                Py_XDECREF(nul);
                Py_XDECREF(space);
                if (spaced == NULL) return NULL;
            }
            PyObject *folded = PyObject_CallMethod(spaced ? spaced : text, "casefold", NULL);
            Py_XDECREF(spaced);
            return folded;
        }
    }
    if (!change) return Py_NewRef(text);
    PyObject *out = PyUnicode_New(n, PyUnicode_MAX_CHAR_VALUE(text));
    if (out == NULL) return NULL;
    int out_kind = PyUnicode_KIND(out);
    void *out_data = PyUnicode_DATA(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 'A' && c <= 'Z') c += 'a' - 'A';
        else if (c == 0) c = ' ';
        PyUnicode_WRITE(out_kind, out_data, i, c);
    }
    return out;
}

/* strip_fold(lines) -> (texts, lowers): features.strip_fold_python */
static PyObject *strip_fold(PyObject *Py_UNUSED(self), PyObject *lines) {
    if (!PyList_Check(lines)) {
        PyErr_SetString(PyExc_TypeError, "strip_fold() takes a list of str");
        return NULL;
    }
    Py_ssize_t count = PyList_GET_SIZE(lines);
    PyObject *texts = PyList_New(count), *lowers = PyList_New(count);
    if (texts == NULL || lowers == NULL) goto fail;
    for (Py_ssize_t i = 0; i < count; i++) {
        PyObject *line = PyList_GET_ITEM(lines, i);
        if (!PyUnicode_Check(line)) {
            PyErr_SetString(PyExc_TypeError, "strip_fold() takes a list of str");
            goto fail;
        }
        int kind = PyUnicode_KIND(line);
        const void *data = PyUnicode_DATA(line);
        Py_ssize_t start = 0, end = PyUnicode_GET_LENGTH(line);
        while (start < end && is_space(PyUnicode_READ(kind, data, start))) start++;
        while (end > start && is_space(PyUnicode_READ(kind, data, end - 1))) end--;
        PyObject *text = PyUnicode_Substring(line, start, end);
        if (text == NULL) goto fail;
        PyList_SET_ITEM(texts, i, text);
        PyObject *lower = fold(text);
        if (lower == NULL) goto fail;
        PyList_SET_ITEM(lowers, i, lower);
    }
    return Py_BuildValue("(NN)", texts, lowers); /* N: the tuple takes the references */
fail:
    Py_XDECREF(texts);
    Py_XDECREF(lowers);
    return NULL;
}


/* ---------------------------------------------------------------------------------------------
 * Scanner: the keyword trie of scrubber.rules, walked in C. Python builds the trie (flat arrays,
 * edges sorted by character within a node) and keeps the reference scan with `re`; tests hold
 * the two equal (tests/test_speedups.py).
 */

#define WORD_ASCII_OK 1 /* the keyword counts on pure-ASCII text even if not Latin-first */
#define DIGIT_BEFORE 2  /* it counts only right after a digit (\d) */
#define DIGIT_AFTER 4   /* it counts only right before a digit */
/* The groups of scopes a keyword has rules in (rules._GROUP), and a line's mask (rules.rule_mask):
   which of them may fire on it. */
#define GROUP_PREFIX 8
#define GROUP_LINE 16
#define GROUP_SHORT 32          /* of scope short: counts when keywords cover enough */
#define GROUP_SEO 64            /* of scope seo_topic or seo_hook (group short): counts */
#define MASK_HEADER 1           /* short enough for a header: a keyword at its start counts */
#define MASK_SEPARATED 2        /* a list (two separators or more): short keywords count */
#define MASK_PREFIX_AT_LEAD 8   /* prefix keywords count at the line's start */
#define MASK_PREFIX_ANYWHERE 64 /* prefix keywords count anywhere (a dated heading) */
#define MASK_MAY_FIRE 128       /* some rule may fire on the line at all */

typedef struct {
    PyObject_HEAD
    Py_ssize_t n_nodes, n_edges;
    int32_t *word;       /* per node: index of the keyword ending there, or -1 */
    int32_t *first_edge; /* per node: its first edge */
    int32_t *edge_count; /* per node: how many edges */
    Py_UCS4 *edge_char;  /* per edge */
    int32_t *edge_child; /* per edge */
    int32_t *root;       /* child of the root for each BMP character, or -1 */
    uint64_t starts[0x10000 / 64]; /* bit c: some keyword starts with BMP character c (8 KB:
                                      stays in the L1 cache, where root (256 KB) does not) */
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
        if (self->edge_char[e] < 0x10000) {
            self->root[self->edge_char[e]] = self->edge_child[e];
            self->starts[self->edge_char[e] / 64] |= (uint64_t)1 << (self->edge_char[e] % 64);
        }
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
    if (node == 0 && c < 0x10000)
        return (self->starts[c / 64] >> (c % 64)) & 1 ? self->root[c] : -1;
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
   letter or digit, *length is its length. */
static int32_t longest_at(const Scanner *self, int kind, const void *data, Py_ssize_t n,
                          Py_ssize_t q, int ascii_text, int *latin, Py_ssize_t *length) {
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
        if (w >= 0 && (!ascii_text || *latin || (self->flags[w] & WORD_ASCII_OK)) &&
            (!(self->flags[w] & DIGIT_BEFORE) ||
             (q > 0 && is_decimal(PyUnicode_READ(kind, data, q - 1)))) &&
            (!(self->flags[w] & DIGIT_AFTER) ||
             (j < n && is_decimal(PyUnicode_READ(kind, data, j))))) {
            best = w;
            *length = j - q;
        }
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

/* The keywords in `text` (see scan). With a mask (rules.rule_mask), *relevant tells whether one
   of them may fire on the line (rules.RuleSet._relevant): a keyword at the start of a line
   short enough for a header (before its first letter); a keyword of a group the mask allows,
   a prefix keyword only at the line's start (up to the end of its leading run of
   non-alphanumeric characters), a short keyword only when the line is a list or the short
   keywords found cover `short_cover` of it. */
#define STARTS(self, c) (((self)->starts[(c) >> 6] >> ((c) & 63)) & 1)
/* a Latin-first keyword cannot start after an ASCII letter (Scanner.word_start) */
#define INSIDE_WORD(self, s, q)                                                               \
    ((self)->word_start && (q) > 0 && (s)[(q) - 1] >= 'a' && (s)[(q) - 1] <= 'z' &&          \
     ascii_alnum((s)[q]))
#define NEXT_START(T)                                                                         \
    do {                                                                                      \
        const T *s = data;                                                                    \
        while (q < n && ((s[q] < 0x10000 && !STARTS(self, s[q])) || INSIDE_WORD(self, s, q))) \
            q++;                                                                              \
    } while (0)

/* The first position from q where a keyword may start (the bitmap of first characters; a
   character outside the BMP always may; not inside a word for a Latin-first one), or n: one
   loop per string kind, as this is the one loop of the scanner that visits every character. */
static inline Py_ssize_t next_start(const Scanner *self, int kind, const void *data,
                                    Py_ssize_t q, Py_ssize_t n) {
    if (kind == PyUnicode_1BYTE_KIND) NEXT_START(Py_UCS1);
    else if (kind == PyUnicode_2BYTE_KIND) NEXT_START(Py_UCS2);
    else NEXT_START(Py_UCS4);
    return q;
}

/* (start, keyword, latin), new reference */
static PyObject *occurrence(const Scanner *self, Py_ssize_t q, int32_t w, int latin) {
    PyObject *start = PyLong_FromSsize_t(q), *item = start ? PyTuple_New(3) : NULL;
    if (item == NULL) {
        Py_XDECREF(start);
        return NULL;
    }
    PyTuple_SET_ITEM(item, 0, start);
    PyTuple_SET_ITEM(item, 1, Py_NewRef(PyTuple_GET_ITEM(self->words, w)));
    PyTuple_SET_ITEM(item, 2, Py_NewRef(latin ? Py_True : Py_False));
    return item;
}

typedef struct {
    Py_ssize_t start;
    int32_t word;
    int latin;
} Hit;

/* Scans `text` into *found: a new list, or NULL when nothing is found (or, with
   only_relevant, when nothing found may fire: then no Python object is made). 0, or -1 on
   error. */
static int scan_text(Scanner *self, PyObject *text, int mask, double short_cover,
                     int only_relevant, int *relevant, PyObject **found) {
    *found = NULL;
    *relevant = 0;
    if (check_text(self, text) < 0) return -1;
    int kind = PyUnicode_KIND(text), ascii_text = PyUnicode_IS_ASCII(text), latin;
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text), lead = -1, letter = -1, covered = 0;
    Hit local[16], *hits = local;
    Py_ssize_t count = 0, capacity = 16;
    int short_found = 0, rc = -1;
    for (Py_ssize_t q = next_start(self, kind, data, 0, n); q < n;
         q = next_start(self, kind, data, q + 1, n)) {
        Py_ssize_t length = 0;
        int32_t w = longest_at(self, kind, data, n, q, ascii_text, &latin, &length);
        if (w < 0) continue;
        if (lead < 0) {
            for (lead = 0; lead < n && !is_alnum(PyUnicode_READ(kind, data, lead));) lead++;
            for (letter = lead; letter < n; letter++) {
                Py_UCS4 c = PyUnicode_READ(kind, data, letter);
                if (is_alnum(c) && !is_decimal(c)) break;
            }
        }
        int groups = self->flags[w];
        if (((mask & MASK_HEADER) && q <= letter) ||
            ((groups & GROUP_LINE) && (mask & GROUP_LINE)) ||
            ((groups & GROUP_SEO) && (mask & GROUP_SHORT)) ||
            ((groups & GROUP_PREFIX) &&
             ((mask & MASK_PREFIX_ANYWHERE) || ((mask & MASK_PREFIX_AT_LEAD) && q <= lead))))
            *relevant = 1;
        if (groups & GROUP_SHORT) {
            short_found = 1;
            covered += length;
        }
        if (count == capacity) {
            Hit *more = PyMem_Malloc(sizeof(Hit) * capacity * 2);
            if (more == NULL) {
                PyErr_NoMemory();
                goto done;
            }
            memcpy(more, hits, sizeof(Hit) * count);
            if (hits != local) PyMem_Free(hits);
            hits = more;
            capacity *= 2;
        }
        hits[count++] = (Hit){q, w, latin};
    }
    if (short_found && (mask & GROUP_SHORT) &&
        ((mask & MASK_SEPARATED) || (double)covered / (double)n >= short_cover))
        *relevant = 1;
    if (count > 0 && (*relevant || !only_relevant)) {
        if ((*found = PyList_New(count)) == NULL) goto done;
        for (Py_ssize_t k = 0; k < count; k++) {
            PyObject *item = occurrence(self, hits[k].start, hits[k].word, hits[k].latin);
            if (item == NULL) {
                Py_CLEAR(*found);
                goto done;
            }
            PyList_SET_ITEM(*found, k, item);
        }
    }
    rc = 0;
done:
    if (hits != local) PyMem_Free(hits);
    return rc;
}

static PyObject *Scanner_scan(Scanner *self, PyObject *text) {
    int relevant;
    PyObject *found;
    if (scan_text(self, text, 0, 0.0, 0, &relevant, &found) < 0) return NULL;
    return found != NULL ? found : PyList_New(0);
}

/* scan_many(texts, masks=None, relevant=False, short_cover=0.0): {index: scan(text)} for the
   texts where scan finds something; with masks (bytes, one per text), only the texts whose
   mask is not 0, and with relevant, only those where a keyword found may fire (scan_text) */
static PyObject *Scanner_scan_many(Scanner *self, PyObject *args) {
    PyObject *texts, *masks = Py_None;
    int only_relevant = 0;
    double short_cover = 0.0;
    if (!PyArg_ParseTuple(args, "O|Opd", &texts, &masks, &only_relevant, &short_cover))
        return NULL;
    if (!PyList_Check(texts)) {
        PyErr_SetString(PyExc_TypeError, "scan_many() takes a list of str");
        return NULL;
    }
    if (masks != Py_None && (!PyBytes_Check(masks) ||
                             PyBytes_GET_SIZE(masks) != PyList_GET_SIZE(texts))) {
        PyErr_SetString(PyExc_ValueError, "masks must be bytes, one per text");
        return NULL;
    }
    const unsigned char *mask_of =
        masks == Py_None ? NULL : (const unsigned char *)PyBytes_AS_STRING(masks);
    PyObject *out = PyDict_New();
    if (out == NULL) return NULL;
    for (Py_ssize_t i = 0; i < PyList_GET_SIZE(texts); i++) {
        PyObject *text = PyList_GET_ITEM(texts, i);
        if (PyUnicode_Check(text) && PyUnicode_GET_LENGTH(text) == 0) continue;
        if (mask_of != NULL && mask_of[i] == 0) continue;
        int relevant;
        PyObject *found;
        if (scan_text(self, text, mask_of != NULL ? mask_of[i] : 0, short_cover, only_relevant,
                      &relevant, &found) < 0)
            goto fail;
        if (found == NULL) continue;
        PyObject *key = PyLong_FromSsize_t(i);
        int rc = key == NULL ? -1 : PyDict_SetItem(out, key, found);
        Py_XDECREF(key);
        Py_DECREF(found);
        if (rc < 0) goto fail;
    }
    return out;
fail:
    Py_DECREF(out);
    return NULL;
}

static PyMethodDef Scanner_methods[] = {
    {"scan_many", (PyCFunction)Scanner_scan_many, METH_VARARGS,
     "scan_many(texts, masks=None, relevant=False, short_cover=0.0): {index: scan(text)} for "
     "the texts where scan finds something (and whose mask is not 0; where a keyword found "
     "may fire)."},
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

/* ---------------------------------------------------------------------------------------------
 * The per-line steps of scrubber.core after the measures and the scan: the lines classify.quick
 * decides, the context pass (regions.decide) and the verdicts (document.build_verdicts). Each
 * has its Python reference; tests/test_speedups.py holds them equal.
 */

/* The LineFeatures fields read here (by position in the named tuple). */
typedef struct {
    PyObject *text, *lower;
    Py_ssize_t chars, cjk, units, alnum, sentence, clause, separators, strong;
    int ends_sentence, ends_ellipsis;
} Feat;

#define N_FEATURES 12

/* 1 when read, 0 when a field is not of the type measure_lines gives (an int where a number
   is; then the Python code decides the line), -1 on error */
static int read_feat(PyObject *f, Feat *out) {
    if (!PyTuple_Check(f) || PyTuple_GET_SIZE(f) != N_FEATURES) {
        PyErr_SetString(PyExc_TypeError, "expected LineFeatures");
        return -1;
    }
    out->text = PyTuple_GET_ITEM(f, 0);
    out->lower = PyTuple_GET_ITEM(f, 1);
    if (!PyUnicode_Check(out->text) || !PyUnicode_Check(out->lower)) {
        PyErr_SetString(PyExc_TypeError, "LineFeatures text and lower must be str");
        return -1;
    }
    static const int at[] = {2, 3, 4, 5, 6, 7, 10, 11};
    Py_ssize_t *into[] = {&out->chars, &out->cjk, &out->units, &out->alnum, &out->sentence,
                          &out->clause, &out->separators, &out->strong};
    for (int k = 0; k < 8; k++) {
        PyObject *v = PyTuple_GET_ITEM(f, at[k]);
        if (!PyLong_CheckExact(v)) return 0;
        *into[k] = PyLong_AsSsize_t(v);
        if (*into[k] == -1 && PyErr_Occurred()) {
            PyErr_Clear(); /* too large for C: the Python code decides */
            return 0;
        }
    }
    PyObject *ends = PyTuple_GET_ITEM(f, 8), *ellipsis = PyTuple_GET_ITEM(f, 9);
    if (!PyBool_Check(ends) || !PyBool_Check(ellipsis)) return 0;
    out->ends_sentence = ends == Py_True;
    out->ends_ellipsis = ellipsis == Py_True;
    return 1;
}

static Py_UCS4 last_char(PyObject *s) {
    return PyUnicode_READ_CHAR(s, PyUnicode_GET_LENGTH(s) - 1);
}

/* lower.endswith((":", "：", "says")) */
static int ends_like_author(PyObject *lower) {
    Py_ssize_t n = PyUnicode_GET_LENGTH(lower);
    if (n == 0) return 0;
    Py_UCS4 c = last_char(lower);
    if (c == ':' || c == 0xff1a) return 1;
    if (n < 4 || c != 's') return 0;
    return PyUnicode_READ_CHAR(lower, n - 4) == 's' && PyUnicode_READ_CHAR(lower, n - 3) == 'a' &&
           PyUnicode_READ_CHAR(lower, n - 2) == 'y';
}

/* dates.DIGIT_ZEROS: the zeros of the other scripts' digits that dates.date_text folds. */
static const Py_UCS4 DIGIT_ZEROS[] = {0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66,
                                      0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66,
                                      0x0e50, 0x0ed0, 0x0f20, 0x1040, 0x17e0, 0x1810};

/* A digit's value as dates.date_text reads it: 0-9 (ASCII, or folded), 10 for another decimal
   digit (re's \d), -1 for no digit. */
static int date_digit(Py_UCS4 c) {
    if (c < 128) return (c >= '0' && c <= '9') ? (int)(c - '0') : -1;
    for (size_t z = 0; z < sizeof(DIGIT_ZEROS) / sizeof(*DIGIT_ZEROS); z++)
        if (c >= DIGIT_ZEROS[z] && c <= DIGIT_ZEROS[z] + 9) return (int)(c - DIGIT_ZEROS[z]);
    return Py_UNICODE_ISDECIMAL(c) ? 10 : -1;
}

/* dates.may_hold_date: a year of 19xx or 20xx, or of the Buddhist era, in the text with
   other scripts' digits folded: (?:19|20)\d\d|25[4-7]\d */
static int may_hold_year(PyObject *text) {
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    for (Py_ssize_t i = 0; i + 3 < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c != '1' && c != '2' && c < 128) continue;
        int a = date_digit(c);
        if (a != 1 && a != 2) continue;
        int b = date_digit(PyUnicode_READ(kind, data, i + 1));
        int x = date_digit(PyUnicode_READ(kind, data, i + 2));
        int y = date_digit(PyUnicode_READ(kind, data, i + 3));
        if (y < 0) continue;
        if (((a == 2 && b == 0) || (a == 1 && b == 9)) && x >= 0) return 1;
        if (a == 2 && b == 5 && x >= 4 && x <= 7) return 1;
    }
    return 0;
}

/* The words of classify._PAGINATION (case-folded), longest first where one starts another. */
static const char *const PAGE_WORDS[] = {"previous", "prev", "next", "first", "last"};
static const Py_UCS4 PAGE_WORDS_CJK[][3] = {
    {0x4e0a, 0x4e00, 0x9875}, {0x4e0a, 0x9875, 0}, {0x4e0b, 0x4e00, 0x9875}, {0x4e0b, 0x9875, 0},
    {0x9996, 0x9875, 0}, {0x5c3e, 0x9875, 0}, {0x672b, 0x9875, 0}}; /* 上一页 上页 下一页 … */

/* The length of the pagination word at i, or 0 */
static Py_ssize_t page_word_at(int kind, const void *data, Py_ssize_t n, Py_ssize_t i) {
    for (size_t w = 0; w < sizeof(PAGE_WORDS) / sizeof(*PAGE_WORDS); w++) {
        Py_ssize_t k = 0;
        while (PAGE_WORDS[w][k] && i + k < n &&
               PyUnicode_READ(kind, data, i + k) == (Py_UCS4)PAGE_WORDS[w][k])
            k++;
        if (!PAGE_WORDS[w][k]) return k;
    }
    for (size_t w = 0; w < sizeof(PAGE_WORDS_CJK) / sizeof(*PAGE_WORDS_CJK); w++) {
        Py_ssize_t k = 0;
        while (k < 3 && PAGE_WORDS_CJK[w][k] && i + k < n &&
               PyUnicode_READ(kind, data, i + k) == PAGE_WORDS_CJK[w][k])
            k++;
        if (k == 3 || !PAGE_WORDS_CJK[w][k]) return k;
    }
    return 0;
}

/* classify._may_paginate: the case-folded line is made of at least three digit runs and
   pagination words, with anything but letters and digits around them, or it holds a cased
   letter outside ASCII (case-insensitive matching may read "İ" as "i"). */
static int may_paginate(PyObject *lower) {
    int kind = PyUnicode_KIND(lower);
    const void *data = PyUnicode_DATA(lower);
    Py_ssize_t n = PyUnicode_GET_LENGTH(lower), i = 0, items = 0;
    int shape = 1;
    while (i < n) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (!is_alnum(c)) {
            i++;
        } else if (is_decimal(c)) {
            while (i < n && is_decimal(PyUnicode_READ(kind, data, i))) i++;
            items++;
        } else {
            Py_ssize_t length = page_word_at(kind, data, n, i);
            if (length == 0) {
                shape = 0;
                break;
            }
            i += length;
            items++;
        }
    }
    if (shape && items >= 3) return 1;
    for (i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c >= 128 && (Py_UNICODE_ISUPPER(c) || Py_UNICODE_ISLOWER(c) || Py_UNICODE_ISTITLE(c)))
            return 1;
    }
    return 0;
}

/* classify._link_list */
static int link_list(const Feat *f) {
    if (f->separators < 2 || f->sentence > 1) return 0;
    int cjk_line = (f->alnum ? (double)f->cjk / (double)f->alnum : 0.0) >= 0.3;
    double items = (double)(f->separators + 1);
    if (cjk_line && f->strong == 0)  /* single spaces only: a menu, or spaced prose */
        return f->clause == 0 && f->sentence == 0 && (double)f->units / items <= 4.0;
    if ((double)f->units / items <= (cjk_line ? 6.0 : 3.5)) return 1;
    return f->strong >= 2 && f->sentence == 0 && !f->ends_sentence &&
           (double)f->units / (double)(f->strong + 1) <= (cjk_line ? 15.0 : 6.0);
}

enum { Q_TODO = -1, Q_BLANK, Q_NO_LETTERS, Q_LINK_LIST, Q_GOOD, Q_NEAR, Q_SHORT, Q_KINDS };

/* classify.quick, with the constants of classify.py */
static int quick_kind(const Feat *f, double good_units, double short_units) {
    if (PyUnicode_GET_LENGTH(f->text) == 0) return Q_BLANK;
    if (f->alnum == 0) return Q_NO_LETTERS;
    if (f->units <= 8 && ends_like_author(f->lower)) return Q_TODO;
    if (f->units <= 24 && f->sentence <= 1 && !f->ends_sentence && may_hold_year(f->text))
        return Q_TODO;
    if (f->units <= 30 && !f->ends_sentence) {
        Py_UCS4 c = last_char(f->text);
        if (c == ')' || c == 0xff09 || c == ']' || c == 0x3011) return Q_TODO;
    }
    if (f->chars <= 200 && f->units >= 3 && may_paginate(f->lower)) return Q_TODO;
    if (f->sentence == 0 && f->clause + f->separators >= 4) return Q_TODO;
    if (f->separators >= 2 && f->sentence <= 1 && link_list(f)) return Q_LINK_LIST;
    int sentence = f->sentence > 0 || (f->clause > 0 && f->ends_sentence);
    if ((double)f->units >= good_units && (sentence || f->clause >= 2))
        return f->ends_ellipsis ? Q_NEAR : Q_GOOD;
    if ((double)f->units >= short_units && (sentence || f->clause)) return Q_NEAR;
    return Q_SHORT;
}

/* quick_kinds(feats, found, good_units, short_units, kinds) -> (out, todo): out[i] is
   kinds[k] for the lines classify.quick decides, None for the lines in `found` (a container
   of indices: those with keywords) and those it leaves to classify; todo lists the None
   ones. */
static PyObject *quick_kinds(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *feats, *found, *kinds;
    double good_units, short_units;
    if (!PyArg_ParseTuple(args, "O!OddO!", &PyList_Type, &feats, &found, &good_units,
                          &short_units, &PyTuple_Type, &kinds))
        return NULL;
    if (PyTuple_GET_SIZE(kinds) != Q_KINDS) {
        PyErr_SetString(PyExc_ValueError, "kinds must hold 6 classes");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(feats);
    int any_found = PyObject_Length(found) != 0;
    if (PyErr_Occurred()) return NULL;
    PyObject *out = PyList_New(n), *todo = PyList_New(0);
    if (out == NULL || todo == NULL) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        int k = Q_TODO;
        if (any_found) {
            PyObject *key = PyLong_FromSsize_t(i);
            int in = key == NULL ? -1 : PySequence_Contains(found, key);
            Py_XDECREF(key);
            if (in < 0) goto fail;
            if (in) goto undecided;
        }
        Feat f;
        int read = read_feat(PyList_GET_ITEM(feats, i), &f);
        if (read < 0) goto fail;
        if (read) k = quick_kind(&f, good_units, short_units);
        if (k != Q_TODO) {
            PyObject *c = PyTuple_GET_ITEM(kinds, k);
            Py_INCREF(c);
            PyList_SET_ITEM(out, i, c);
            continue;
        }
    undecided:
        Py_INCREF(Py_None);
        PyList_SET_ITEM(out, i, Py_None);
        PyObject *index = PyLong_FromSsize_t(i);
        if (index == NULL || PyList_Append(todo, index) < 0) {
            Py_XDECREF(index);
            goto fail;
        }
        Py_DECREF(index);
    }
    return Py_BuildValue("(NN)", out, todo);
fail:
    Py_XDECREF(out);
    Py_XDECREF(todo);
    return NULL;
}

/* ---- rules.rule_mask ---- */

/* rule_masks(feats, limits) -> bytes: rules.rule_mask of every line; limits = (max rule chars,
   max header chars, tiny units, boilerplate max units, heading units). */
static PyObject *rule_masks(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *feats;
    Py_ssize_t max_rule_chars, max_header_chars;
    double tiny_units, boilerplate_max_units, heading_units;
    if (!PyArg_ParseTuple(args, "O!(nnddd)", &PyList_Type, &feats, &max_rule_chars,
                          &max_header_chars, &tiny_units, &boilerplate_max_units,
                          &heading_units))
        return NULL;
    Py_ssize_t n = PyList_GET_SIZE(feats);
    PyObject *out = PyBytes_FromStringAndSize(NULL, n);
    if (out == NULL) return NULL;
    unsigned char *mask = (unsigned char *)PyBytes_AS_STRING(out);
    for (Py_ssize_t i = 0; i < n; i++) {
        Feat f;
        int read = read_feat(PyList_GET_ITEM(feats, i), &f);
        if (read < 0) {
            Py_DECREF(out);
            return NULL;
        }
        if (read == 0) {
            PyErr_SetString(PyExc_TypeError, "LineFeatures with measures of unexpected types");
            Py_DECREF(out);
            return NULL;
        }
        unsigned char m = 0;
        if (PyUnicode_GET_LENGTH(f.text) > 0 && f.chars <= max_rule_chars) {
            double units = (double)f.units;
            int has_sentence = f.sentence > 0 || (f.clause > 0 && f.ends_sentence);
            int heading_like = units <= heading_units && !has_sentence;
            int may_prefix = f.sentence <= 1 && (!f.ends_sentence || units <= tiny_units);
            if (f.chars <= max_header_chars) m |= MASK_HEADER;
            if (units <= boilerplate_max_units) m |= GROUP_LINE;
            if (heading_like || f.sentence == 0) m |= GROUP_SHORT;
            if (may_prefix) m |= MASK_PREFIX_AT_LEAD;
            if (heading_like && may_hold_year(f.lower)) m |= MASK_PREFIX_ANYWHERE;
            if (m) m |= MASK_MAY_FIRE | (f.separators >= 2 ? MASK_SEPARATED : 0);
        }
        mask[i] = m;
    }
    return out;
}

/* ---- regions.decide ---- */

enum { K_BLANK, K_BAD, K_HEADER, K_GOOD, K_NEAR, K_SHORT, K_COUNT };

typedef struct {
    PyObject *kinds[K_COUNT];
    double good_base, good_per_unit, good_max, near, shrt, bad, shrt_light, shrt_tiny, cjk_share;
    Py_ssize_t sticky_after;
    PyObject *region_reason, *header_suffix, *region_suffix, *footer;
    PyObject *blank, *content, *before, *after;
} DecideConstants;

static int read_constants(PyObject *t, DecideConstants *c) {
    PyObject *kinds, *weights, *suffixes, *decisions;
    if (!PyArg_ParseTuple(t, "O!O!nO!O!O!;constants", &PyTuple_Type, &kinds, &PyTuple_Type,
                          &weights, &c->sticky_after, &PyDict_Type, &c->region_reason,
                          &PyTuple_Type, &suffixes, &PyTuple_Type, &decisions))
        return -1;
    if (PyTuple_GET_SIZE(kinds) != K_COUNT ||
        !PyArg_ParseTuple(weights, "ddddddddd", &c->good_base, &c->good_per_unit,
                          &c->good_max, &c->near, &c->shrt, &c->bad, &c->shrt_light,
                          &c->shrt_tiny, &c->cjk_share) ||
        !PyArg_ParseTuple(suffixes, "UUU", &c->header_suffix, &c->region_suffix, &c->footer) ||
        !PyArg_ParseTuple(decisions, "OOOO", &c->blank, &c->content, &c->before, &c->after)) {
        if (!PyErr_Occurred()) PyErr_SetString(PyExc_ValueError, "malformed constants");
        return -1;
    }
    for (int k = 0; k < K_COUNT; k++) c->kinds[k] = PyTuple_GET_ITEM(kinds, k);
    return 0;
}

/* The kind of a Classified (kind, label, reason), as K_*, or -1 with an error. */
static int kind_of(const DecideConstants *c, PyObject *classified) {
    if (!PyTuple_Check(classified) || PyTuple_GET_SIZE(classified) != 3 ||
        !PyUnicode_Check(PyTuple_GET_ITEM(classified, 1)) ||
        !PyUnicode_Check(PyTuple_GET_ITEM(classified, 2))) {
        PyErr_SetString(PyExc_TypeError, "expected Classified (kind, label, reason)");
        return -1;
    }
    PyObject *kind = PyTuple_GET_ITEM(classified, 0);
    for (int k = 0; k < K_COUNT; k++)
        if (kind == c->kinds[k]) return k;
    PyErr_SetString(PyExc_TypeError, "unknown kind");
    return -1;
}

/* regions._REGION_REASON.get(reason) or reason.replace("_header", "_region") (new ref) */
static PyObject *region_reason(const DecideConstants *c, PyObject *reason) {
    PyObject *named = PyDict_GetItemWithError(c->region_reason, reason);
    if (named != NULL) return Py_NewRef(named);
    if (PyErr_Occurred()) return NULL;
    return PyUnicode_Replace(reason, c->header_suffix, c->region_suffix, -1);
}

/* regions.best_run */
/* regions.TIE_MAX_LINES */
#define TIE_MAX_LINES 4

static void best_run(const double *scores, const char *taken, Py_ssize_t n, double *best_score,
                     Py_ssize_t *best_start, Py_ssize_t *best_end) {
    double total = 0.0;
    Py_ssize_t start = 0, scored = 0;
    *best_score = 0.0;
    *best_start = *best_end = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (taken[i] || scores[i] == -Py_HUGE_VAL) {
            total = 0.0;
            start = i + 1;
            scored = 0;
            continue;
        }
        /* a short run that sums to zero stays: the block starts before it */
        if (total < 0 || (total == 0 && scored > TIE_MAX_LINES)) {
            total = 0.0;
            start = i;
            scored = 0;
        }
        total += scores[i];
        if (scores[i] != 0)
            scored++;
        if (total > *best_score) {
            *best_score = total;
            *best_start = start;
            *best_end = i + 1;
        }
    }
}

/* decide(classified, feats, transparent, share, constants) -> (decisions, in_article,
   main_start): regions.decide_python */
static PyObject *decide(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *classified, *feats, *transparent, *constants;
    double share;
    if (!PyArg_ParseTuple(args, "O!O!O!dO!", &PyList_Type, &classified, &PyList_Type, &feats,
                          &PyFrozenSet_Type, &transparent, &share, &PyTuple_Type, &constants))
        return NULL;
    DecideConstants c;
    if (read_constants(constants, &c) < 0) return NULL;
    Py_ssize_t n = PyList_GET_SIZE(classified);
    if (PyList_GET_SIZE(feats) != n) {
        PyErr_SetString(PyExc_ValueError, "classified and feats differ in length");
        return NULL;
    }
    int has_named = PySet_GET_SIZE(transparent) > 0;
    PyObject *owned = PyList_New(0); /* the region decisions made here */
    PyObject **region_of = PyMem_Calloc(n ? n : 1, sizeof(PyObject *));
    signed char *kinds = PyMem_Malloc(n ? n : 1);
    char *taken = PyMem_Calloc(n ? n : 1, 1), *named = PyMem_Calloc(n ? n : 1, 1);
    double *scores = PyMem_Malloc(sizeof(double) * (n ? n : 1));
    PyObject *decisions = NULL, *in_article = NULL, *result = NULL;
    if (owned == NULL || region_of == NULL || kinds == NULL || taken == NULL || named == NULL ||
        scores == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (has_named) {
        PyObject *it = PyObject_GetIter(transparent), *item;
        if (it == NULL) goto done;
        while ((item = PyIter_Next(it)) != NULL) {
            Py_ssize_t i = PyLong_AsSsize_t(item);
            Py_DECREF(item);
            if (i == -1 && PyErr_Occurred()) break;
            if (i < 0 || i >= n) {
                PyErr_SetString(PyExc_IndexError, "transparent line index out of range");
                break;
            }
            named[i] = 1;
        }
        Py_DECREF(it);
        if (PyErr_Occurred()) goto done;
    }

    /* regions.regions */
    PyObject *region = NULL;
    int sticky = 0, site_entries = -1;
    Py_ssize_t good_seen = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(classified, i);
        int k = kind_of(&c, item);
        if (k < 0) goto done;
        kinds[i] = (signed char)k;
        if (k == K_HEADER) {
            PyObject *reason = region_reason(&c, PyTuple_GET_ITEM(item, 2));
            if (reason == NULL) goto done;
            region = PyTuple_Pack(2, PyTuple_GET_ITEM(item, 1), reason);
            Py_DECREF(reason);
            if (region == NULL || PyList_Append(owned, region) < 0) {
                Py_XDECREF(region);
                goto done;
            }
            Py_DECREF(region); /* owned keeps it */
            sticky = good_seen >= c.sticky_after;
            site_entries = -1;
            continue;
        }
        if (k == K_GOOD) {
            good_seen++;
            if (region != NULL && !sticky) region = NULL;
        }
        if (region != NULL && has_named && k != K_BLANK) {
            /* the region's first entry tells what its entries are (-1: not seen yet) */
            if (site_entries < 0) site_entries = named[i] ? 1 : 0;
            else if (site_entries && !named[i]) region = NULL;
        }
        if (region != NULL) {
            int footer = PyUnicode_Compare(PyTuple_GET_ITEM(item, 1), c.footer);
            if (footer == -1 && PyErr_Occurred()) goto done;
            region_of[i] = footer == 0 ? NULL : region;
        }
    }

    /* scores, then regions.article_blocks */
    for (Py_ssize_t i = 0; i < n; i++) {
        int k = kinds[i];
        if (region_of[i] != NULL || k == K_HEADER) {
            scores[i] = -Py_HUGE_VAL;
        } else if (named[i] || k == K_BLANK) {
            scores[i] = 0.0;
        } else if (k == K_GOOD || k == K_SHORT) {
            PyObject *f = PyList_GET_ITEM(feats, i);
            if (!PyTuple_Check(f) || PyTuple_GET_SIZE(f) != N_FEATURES) {
                PyErr_SetString(PyExc_TypeError, "expected LineFeatures");
                goto done;
            }
            double units = PyFloat_AsDouble(PyTuple_GET_ITEM(f, 4));
            if (units == -1.0 && PyErr_Occurred()) goto done;
            if (k == K_SHORT) {
                /* regions._score: a short line of an alphabetic script scores lightly */
                Py_ssize_t cjk = PyLong_AsSsize_t(PyTuple_GET_ITEM(f, 3));
                Py_ssize_t alnum = PyLong_AsSsize_t(PyTuple_GET_ITEM(f, 5));
                if ((cjk == -1 || alnum == -1) && PyErr_Occurred()) goto done;
                int cjk_line = alnum && (double)cjk / (double)alnum >= c.cjk_share;
                scores[i] = units <= c.shrt_tiny || cjk_line ? c.shrt : c.shrt_light;
            } else {
                /* volatile: no fused multiply-add, so the sum rounds as Python's does */
                volatile double product = units * c.good_per_unit;
                double s = c.good_base + product;
                scores[i] = s < c.good_max ? s : c.good_max;
            }
        } else {
            scores[i] = k == K_NEAR ? c.near : c.bad;
        }
        if (named[i]) scores[i] = 0.0;
    }
    Py_ssize_t n_blocks = 0, cap = 4;
    Py_ssize_t (*blocks)[2] = PyMem_Malloc(sizeof(*blocks) * cap);
    double *block_scores = PyMem_Malloc(sizeof(double) * cap), main_score = 0.0;
    if (blocks == NULL || block_scores == NULL) {
        PyMem_Free(blocks);
        PyMem_Free(block_scores);
        PyErr_NoMemory();
        goto done;
    }
    for (;;) {
        double score;
        Py_ssize_t start, end;
        best_run(scores, taken, n, &score, &start, &end);
        if (end <= start || score <= 0 || (n_blocks && score < share * main_score)) break;
        if (!n_blocks) main_score = score;
        if (n_blocks == cap) {
            cap *= 2;
            void *more = PyMem_Realloc(blocks, sizeof(*blocks) * cap);
            if (more != NULL) blocks = more;
            void *more_scores = more == NULL ? NULL :
                PyMem_Realloc(block_scores, sizeof(double) * cap);
            if (more_scores == NULL) {
                PyMem_Free(blocks);
                PyMem_Free(block_scores);
                PyErr_NoMemory();
                goto done;
            }
            block_scores = more_scores;
        }
        blocks[n_blocks][0] = start;
        blocks[n_blocks][1] = end;
        block_scores[n_blocks++] = score;
        memset(taken + start, 1, end - start);
    }
    /* the main block: the highest score, the first in order of position among equals */
    Py_ssize_t main_start = -1;
    double main_best = 0.0;
    for (Py_ssize_t b = 0; b < n_blocks; b++) {
        if (main_start < 0 || block_scores[b] > main_best ||
            (block_scores[b] == main_best && blocks[b][0] < main_start)) {
            main_best = block_scores[b];
            main_start = blocks[b][0];
        }
    }
    PyMem_Free(blocks);
    PyMem_Free(block_scores);
    /* taken marks the lines in a block (in_article) */

    decisions = PyList_New(n);
    in_article = PyList_New(n);
    if (decisions == NULL || in_article == NULL) goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *item = PyList_GET_ITEM(classified, i), *d;
        int k = kinds[i];
        if (k == K_BLANK) {
            d = Py_NewRef(c.blank);
        } else if (k == K_HEADER || (k == K_BAD && region_of[i] == NULL)) {
            d = PyTuple_Pack(2, PyTuple_GET_ITEM(item, 1), PyTuple_GET_ITEM(item, 2));
            if (d == NULL) goto done;
        } else if (region_of[i] != NULL) {
            d = Py_NewRef(region_of[i]);
        } else if (taken[i]) {
            d = Py_NewRef(c.content);
        } else if (main_start < 0 || i < main_start) {
            d = Py_NewRef(c.before);
        } else {
            d = Py_NewRef(c.after);
        }
        PyList_SET_ITEM(decisions, i, d);
        PyList_SET_ITEM(in_article, i, Py_NewRef(taken[i] ? Py_True : Py_False));
    }
    result = Py_BuildValue("(OOn)", decisions, in_article, main_start);
done:
    Py_XDECREF(decisions);
    Py_XDECREF(in_article);
    Py_XDECREF(owned);
    PyMem_Free(region_of);
    PyMem_Free(kinds);
    PyMem_Free(taken);
    PyMem_Free(named);
    PyMem_Free(scores);
    return result;
}

/* ---- document.build_verdicts ---- */

/* build_verdicts(raw, decisions, feats, cuts, constants) -> tuple of verdicts:
   document.build_verdicts_python. constants: (cls, field names, kept labels, cut reason). */
static PyObject *build_verdicts(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *raw, *decisions, *feats, *cuts, *constants, *names, *kept_labels, *cut_reason;
    PyTypeObject *cls;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!", &PyList_Type, &raw, &PyList_Type, &decisions,
                          &PyList_Type, &feats, &PyDict_Type, &cuts, &PyTuple_Type, &constants))
        return NULL;
    if (!PyArg_ParseTuple(constants, "O!O!O!U;constants", &PyType_Type, &cls, &PyTuple_Type,
                          &names, &PyFrozenSet_Type, &kept_labels, &cut_reason))
        return NULL;
    if (PyTuple_GET_SIZE(names) != 6) {
        PyErr_SetString(PyExc_ValueError, "expected 6 field names");
        return NULL;
    }
    Py_ssize_t n = PyList_GET_SIZE(raw);
    if (PyList_GET_SIZE(decisions) != n || PyList_GET_SIZE(feats) != n) {
        PyErr_SetString(PyExc_ValueError, "raw, decisions and feats differ in length");
        return NULL;
    }
    int any_cut = PyDict_GET_SIZE(cuts) > 0;
    PyObject *empty = PyUnicode_New(0, 0), *out = PyTuple_New(n);
    if (empty == NULL || out == NULL) goto fail;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *d = PyList_GET_ITEM(decisions, i), *f = PyList_GET_ITEM(feats, i);
        if (!PyTuple_Check(d) || PyTuple_GET_SIZE(d) != 2 || !PyTuple_Check(f) ||
            PyTuple_GET_SIZE(f) < 1) {
            PyErr_SetString(PyExc_TypeError, "expected (label, reason) and LineFeatures");
            goto fail;
        }
        PyObject *label = PyTuple_GET_ITEM(d, 0), *reason = PyTuple_GET_ITEM(d, 1);
        int keep = PySet_Contains(kept_labels, label);
        if (keep < 0) goto fail;
        PyObject *kept = keep ? Py_NewRef(PyTuple_GET_ITEM(f, 0)) : Py_NewRef(empty);
        PyObject *number = PyLong_FromSsize_t(i + 1);
        if (number == NULL) {
            Py_DECREF(kept);
            goto fail;
        }
        if (any_cut) {
            PyObject *index = PyLong_FromSsize_t(i);
            PyObject *cut = index == NULL ? NULL : PyDict_GetItemWithError(cuts, index);
            Py_XDECREF(index);
            if (cut == NULL && PyErr_Occurred()) {
                Py_DECREF(kept);
                Py_DECREF(number);
                goto fail;
            }
            if (cut != NULL) {
                Py_ssize_t start = PyLong_AsSsize_t(cut), length = PyUnicode_GET_LENGTH(kept);
                if (start < 0) start = start + length < 0 ? 0 : start + length; /* kept[cut:] */
                PyObject *rest = PyErr_Occurred() ? NULL :
                    PyUnicode_Substring(kept, start, PY_SSIZE_T_MAX);
                Py_DECREF(kept);
                if (rest == NULL) {
                    Py_DECREF(number);
                    goto fail;
                }
                kept = rest;
                reason = cut_reason;
            }
        }
        PyObject *values[6] = {number, PyList_GET_ITEM(raw, i), label, reason,
                               keep ? Py_True : Py_False, kept};
        PyObject *verdict = cls->tp_alloc(cls, 0);
        int rc = verdict == NULL ? -1 : 0;
        for (int k = 0; k < 6 && rc == 0; k++)
            rc = PyObject_GenericSetAttr(verdict, PyTuple_GET_ITEM(names, k), values[k]);
        Py_DECREF(number);
        Py_DECREF(kept);
        if (rc < 0) {
            Py_XDECREF(verdict);
            goto fail;
        }
        PyTuple_SET_ITEM(out, i, verdict);
    }
    Py_DECREF(empty);
    return out;
fail:
    Py_XDECREF(empty);
    Py_XDECREF(out);
    return NULL;
}

/* lang.script_counts: how many code points of `text` fall in each set of `ranges` (a tuple
 * per set of (low, high) code point pairs, both included, no two overlapping); one pass over
 * the text. */
#define MAX_RANGES 128
static PyObject *count_in_ranges(PyObject *Py_UNUSED(self), PyObject *args) {
    PyObject *text, *sets;
    if (!PyArg_ParseTuple(args, "UO!:count_in_ranges", &text, &PyTuple_Type, &sets))
        return NULL;
    Py_ssize_t nsets = PyTuple_GET_SIZE(sets), nranges = 0;
    Py_UCS4 low[MAX_RANGES], high[MAX_RANGES];
    Py_ssize_t owner[MAX_RANGES];
    for (Py_ssize_t s = 0; s < nsets; s++) {
        PyObject *set = PyTuple_GET_ITEM(sets, s);
        if (!PyTuple_Check(set)) goto bad;
        for (Py_ssize_t r = 0; r < PyTuple_GET_SIZE(set); r++) {
            PyObject *pair = PyTuple_GET_ITEM(set, r);
            if (!PyTuple_Check(pair) || PyTuple_GET_SIZE(pair) != 2 || nranges >= MAX_RANGES)
                goto bad;
            long lo = PyLong_AsLong(PyTuple_GET_ITEM(pair, 0));
            long hi = PyLong_AsLong(PyTuple_GET_ITEM(pair, 1));
            if ((lo == -1 || hi == -1) && PyErr_Occurred()) return NULL;
            if (lo < 0 || hi < lo || hi > 0x10FFFF) goto bad;
            low[nranges] = (Py_UCS4)lo;
            high[nranges] = (Py_UCS4)hi;
            owner[nranges++] = s;
        }
    }
    for (Py_ssize_t a = 0; a < nranges; a++)
        for (Py_ssize_t b = a + 1; b < nranges; b++)
            if (low[a] <= high[b] && low[b] <= high[a]) goto bad;
    Py_ssize_t *counts = PyMem_Calloc(nsets ? nsets : 1, sizeof(Py_ssize_t));
    if (counts == NULL) return PyErr_NoMemory();
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    /* The ranges do not overlap (checked above), so a code point counts in the first range
     * that holds it: ASCII from a table, others trying the last range hit first (a page's
     * letters come in runs of one script). */
    Py_ssize_t ascii[128], last = 0;
    for (Py_UCS4 c = 0; c < 128; c++) {
        ascii[c] = -1;
        for (Py_ssize_t r = 0; r < nranges; r++)
            if (c >= low[r] && c <= high[r]) ascii[c] = owner[r];
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_UCS4 c = PyUnicode_READ(kind, data, i);
        if (c < 128) {
            if (ascii[c] >= 0) counts[ascii[c]]++;
            continue;
        }
        if (nranges == 0) continue;
        if (c >= low[last] && c <= high[last]) {
            counts[owner[last]]++;
            continue;
        }
        for (Py_ssize_t r = 0; r < nranges; r++) {
            if (c >= low[r] && c <= high[r]) {
                counts[owner[r]]++;
                last = r;
                break;
            }
        }
    }
    PyObject *out = PyList_New(nsets);
    for (Py_ssize_t s = 0; out != NULL && s < nsets; s++) {
        PyObject *count = PyLong_FromSsize_t(counts[s]);
        if (count == NULL) Py_CLEAR(out);
        else PyList_SET_ITEM(out, s, count);
    }
    PyMem_Free(counts);
    return out;
bad:
    PyErr_SetString(PyExc_ValueError, "count_in_ranges() takes a str and a tuple of tuples of "
                    "(low, high) code point pairs (at most 128, none overlapping)");
    return NULL;
}

static PyMethodDef methods[] = {
    {"strip_fold", strip_fold, METH_O,
     "strip_fold(lines): (texts, lowers): features.strip_fold_python."},
    {"measure_lines", measure_lines, METH_VARARGS,
     "measure_lines(texts, lowers, cls, empty): the LineFeatures of every line."},
    {"rule_masks", rule_masks, METH_VARARGS,
     "rule_masks(feats, limits): rules.rule_mask of every line, as bytes."},
    {"quick_kinds", quick_kinds, METH_VARARGS,
     "quick_kinds(feats, found, good_units, short_units, kinds): classify.quick_lines_python."},
    {"decide", decide, METH_VARARGS,
     "decide(classified, feats, transparent, share, constants): regions.decide_python."},
    {"build_verdicts", build_verdicts, METH_VARARGS,
     "build_verdicts(raw, decisions, feats, cuts, constants): document.build_verdicts_python."},
    {"count_in_ranges", count_in_ranges, METH_VARARGS,
     "count_in_ranges(text, sets): code points of text in each set of ranges: lang.script_counts."},
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
