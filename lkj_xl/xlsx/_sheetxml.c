/* lkj_xl.xlsx._sheetxml: one libxml2 pass over a sheet (or the shared strings) that both checks the
 * XML and gives its cell values, for the fast path of lkj_xl/xlsx/fastread.py.
 *
 * The fast path used to parse each part twice: libxml2 (through lxml) only to learn whether the part
 * is well-formed, then python-calamine (Rust) for the values. Here libxml2's own SAX2 parser does
 * both: the verdict is libxml2's (the same library, the same version: its functions are taken from
 * lxml's own module at import, so the lxml reader and this pass can never disagree on what is
 * well-formed), and the values come from C callbacks, no tree and no Python call per element.
 *
 * Anything this pass does not read exactly as the fast path expects makes it answer None, and the
 * caller reads the package with the lxml reader (the reference): so its answers are either the same
 * values python-calamine gave for the cells the byte scan does not re-read, or None.
 *
 * Not built (no compiler, another platform) or not loadable (lxml without these libxml2 functions):
 * the import fails and fastread.py falls back to python-calamine, with the same results.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <dlfcn.h>
#include <math.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

/* libxml2's functions, taken from lxml.etree's module (which links libxml2 in and exports them). */
typedef xmlParserCtxtPtr (*new_ctxt_fn)(const xmlSAXHandler *, void *);
typedef xmlDocPtr (*read_memory_fn)(xmlParserCtxtPtr, const char *, int, const char *, const char *, int);
typedef void (*free_ctxt_fn)(xmlParserCtxtPtr);
typedef int (*status_fn)(xmlParserCtxtPtr);
typedef void (*set_error_fn)(xmlParserCtxtPtr, xmlStructuredErrorFunc, void *);
typedef void (*stop_fn)(xmlParserCtxtPtr);
typedef void (*free_doc_fn)(xmlDocPtr);

static new_ctxt_fn x_new_ctxt;
static read_memory_fn x_read_memory;
static free_ctxt_fn x_free_ctxt;
static status_fn x_status;
static set_error_fn x_set_error;
static stop_fn x_stop;
static free_doc_fn x_free_doc;

static const char MAIN_NS[] = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

enum mode { SHEET, STRINGS };
/* Where the sheet parser is: element depth matters only inside sheetData. */
enum place { OUTSIDE, IN_SHEETDATA, IN_ROW, IN_CELL, IN_VALUE, IN_OTHER_OF_CELL };

/* One cell in columns mode: its number or its text (a new reference), and its kind (KIND_*). */
struct entry {
    long row, col;
    double number;
    PyObject *text;
    unsigned char kind;
};

/* The kinds of read_columns' kind bytes this pass gives (the Python side, lkj_xl/xlsx/sheet_columns.py,
 * gives the others from the cells it reads again from the XML). */
enum { KIND_EMPTY = 0, KIND_NUMBER = 1, KIND_TEXT = 2, KIND_BOOL = 6, FLAG_FLOAT = 0x80 };

typedef struct {
    xmlParserCtxtPtr ctxt;
    enum mode mode;
    int slow;       /* not read here: the caller takes the lxml reader */
    int failed;     /* a Python error is set */
    int erred;      /* libxml2 reported an error (not only a warning): see quiet() */
    /* text being gathered (a <v>, or a shared string's <t>) */
    char *text;
    size_t len, cap;
    int gathering;
    /* sheet */
    int depth;
    int sheetdata_depth; /* depth of <sheetData>, 0 when outside */
    enum place place;
    int other_depth;     /* depth inside an element of a cell other than <v> */
    long row, col;       /* the current cell, 0-based */
    long row_r;          /* the current <row>'s r, 0-based; the last one's outside a row */
    long last_col;       /* the column of the row's last cell, -1 before its first */
    char kind;           /* 'n', 's', 'b', 'S' (str), 'e', 'i' (inlineStr) */
    int has_value, has_inline;
    long max_row, max_col;
    PyObject *strings;   /* list of str (sheet mode) */
    PyObject *rows;      /* the grid: list of lists of Cells */
    PyObject *empty;     /* "" */
    PyObject *cell_type; /* lkj_xl.core.model.Cell */
    PyObject *clipped;   /* lkj_xl.core.long_text.clipped_cell, for a text longer than max_text / 2 */
    Py_ssize_t max_text;
    PyObject *shared;    /* value -> its Cell: cells of equal values are one Cell (fastread._cells) */
    PyObject *empty_cell;
    PyObject *redo;      /* (row, column) of the booleans, read again from the XML */
    /* columns mode (read_columns): the cells as entries, made into columns at the end */
    int columns;
    struct entry *entries;
    size_t n_entries, cap_entries;
    PyObject *cuts;      /* (row, column, full length) of the texts clip() cut (columns mode) */
    /* strings */
    int si_depth;        /* depth of the current <si>, 0 when outside */
    int t_depth;         /* depth of the current <t> (not under rPh), 0 when outside */
    char parents[64];    /* 'r' where the element at that depth is <rPh>, else ' ' (depth < 64) */
    PyObject *items;     /* list of str (strings mode) */
} Reader;

static void give_up(Reader *rd) {
    rd->slow = 1;
    x_stop(rd->ctxt);
}

static void fail(Reader *rd) {
    rd->failed = 1;
    x_stop(rd->ctxt);
}

static int grow(Reader *rd, size_t more) {
    if (rd->len + more <= rd->cap) return 0;
    size_t cap = rd->cap ? rd->cap : 256;
    while (cap < rd->len + more) cap *= 2;
    char *text = PyMem_Realloc(rd->text, cap);
    if (text == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    rd->text = text;
    rd->cap = cap;
    return 0;
}

static void on_characters(void *ctx, const xmlChar *ch, int len) {
    Reader *rd = (Reader *)ctx;
    if (!rd->gathering || rd->slow || rd->failed) return;
    if (grow(rd, (size_t)len) < 0) {
        fail(rd);
        return;
    }
    memcpy(rd->text + rd->len, ch, (size_t)len);
    rd->len += (size_t)len;
}

static int is_main(const xmlChar *uri) {
    return uri != NULL && strcmp((const char *)uri, MAIN_NS) == 0;
}

static int named(const xmlChar *localname, const char *name) {
    return strcmp((const char *)localname, name) == 0;
}

/* The value of attribute `name` (no namespace) of a SAX2 start tag, or NULL. `value` points into
 * libxml2's buffer: its length is end - value. */
static const xmlChar *attribute(int nb, const xmlChar **attrs, const char *name, const xmlChar **end) {
    for (int i = 0; i < nb; i++) {
        const xmlChar **a = attrs + 5 * i;
        if (a[2] == NULL && named(a[0], name)) {
            *end = a[4];
            return a[3];
        }
    }
    return NULL;
}

/* "A1" style reference: columns A..XFD, a row of at most 7 digits; -1 when malformed. */
static int cell_ref(const xmlChar *s, const xmlChar *end, long *row, long *col) {
    long c = 0, r = 0;
    const xmlChar *p = s;
    while (p < end && *p >= 'A' && *p <= 'Z' && p - s < 3) c = c * 26 + (*p++ - 'A' + 1);
    if (p == s || p == end) return -1;
    const xmlChar *digits = p;
    while (p < end && *p >= '0' && *p <= '9' && p - digits < 7) r = r * 10 + (*p++ - '0');
    if (p != end || p == digits || r == 0) return -1;
    *row = r - 1;
    *col = c - 1;
    return 0;
}

static void sheet_start(Reader *rd, const xmlChar *localname, const xmlChar *uri, int nb_attributes,
                        const xmlChar **attributes) {
    int main = is_main(uri);
    switch (rd->place) {
    case OUTSIDE:
        if (named(localname, "sheetData")) {
            /* The lxml reader reads rows by local name wherever they are: a second sheetData, one in
             * another namespace or another place is its to read. */
            if (rd->sheetdata_depth || !main || rd->depth != 2) {
                give_up(rd);
                return;
            }
            rd->sheetdata_depth = rd->depth;
            rd->place = IN_SHEETDATA;
            rd->row_r = -1;
        }
        return;
    case IN_SHEETDATA: {
        if (!(main && named(localname, "row"))) {
            give_up(rd); /* anything else in sheetData: the lxml reader decides */
            return;
        }
        /* The lxml reader puts a row's cells on its r and in their order: a cell whose reference says
         * another row, a row without r or out of order, cells out of order are its to read. */
        const xmlChar *end = NULL, *r = attribute(nb_attributes, attributes, "r", &end);
        long number = 0;
        if (r == NULL || r == end || end - r > 7) {
            give_up(rd);
            return;
        }
        for (const xmlChar *p = r; p < end; p++) {
            if (*p < '0' || *p > '9') {
                give_up(rd);
                return;
            }
            number = number * 10 + (*p - '0');
        }
        if (number < 1 || number - 1 <= rd->row_r) {
            give_up(rd);
            return;
        }
        rd->row_r = number - 1;
        rd->last_col = -1;
        rd->place = IN_ROW;
        return;
    }
    case IN_ROW: {
        if (!(main && named(localname, "c"))) {
            give_up(rd); /* anything else in a row: the lxml reader decides */
            return;
        }
        const xmlChar *end = NULL, *r = attribute(nb_attributes, attributes, "r", &end);
        if (r == NULL || cell_ref(r, end, &rd->row, &rd->col) < 0 || rd->row >= rd->max_row ||
            rd->col >= rd->max_col || rd->row != rd->row_r || rd->col <= rd->last_col) {
            give_up(rd);
            return;
        }
        rd->last_col = rd->col;
        const xmlChar *t = attribute(nb_attributes, attributes, "t", &end);
        size_t tn = t ? (size_t)(end - t) : 0;
        if (t == NULL || (tn == 1 && t[0] == 'n'))
            rd->kind = 'n';
        else if (tn == 1 && t[0] == 's')
            rd->kind = 's';
        else if (tn == 1 && t[0] == 'b')
            rd->kind = 'b';
        else if (tn == 1 && t[0] == 'e')
            rd->kind = 'e';
        else if (tn == 3 && memcmp(t, "str", 3) == 0)
            rd->kind = 'S';
        else if (tn == 9 && memcmp(t, "inlineStr", 9) == 0)
            rd->kind = 'i';
        else {
            give_up(rd); /* t="d" and anything unknown */
            return;
        }
        rd->has_value = rd->has_inline = 0;
        rd->place = IN_CELL;
        return;
    }
    case IN_CELL:
        if (!main) {
            give_up(rd); /* the lxml reader takes a cell's v, f and is in any namespace */
            return;
        }
        if (named(localname, "v")) {
            if (nb_attributes) {
                give_up(rd); /* (xml:space): the byte scan looks for "<v>" alone */
                return;
            }
            if (rd->has_value) {
                give_up(rd); /* two values: which one wins is the lxml reader's call */
                return;
            }
            rd->place = IN_VALUE;
            rd->len = 0;
            rd->gathering = 1;
            return;
        }
        if (named(localname, "is")) rd->has_inline = 1;
        rd->place = IN_OTHER_OF_CELL;
        rd->other_depth = rd->depth;
        return;
    case IN_VALUE:
        give_up(rd); /* an element inside <v>: its text is not the value */
        return;
    case IN_OTHER_OF_CELL:
        return;
    }
}

static PyObject *cell_value(Reader *rd) {
    rd->text[rd->len] = '\0'; /* grow() left room: see sheet_end */
    switch (rd->kind) {
    case 'n': {
        char *end = NULL;
        double d = PyOS_string_to_double(rd->text, &end, NULL);
        if (d == -1.0 && PyErr_Occurred()) {
            /* Not a number (ValueError): the byte scan re-reads this cell from the XML. Anything else
             * (a MemoryError of the conversion) is raised, not taken for a text. */
            if (!PyErr_ExceptionMatches(PyExc_ValueError)) return NULL;
            PyErr_Clear();
            return PyUnicode_DecodeUTF8(rd->text, (Py_ssize_t)rd->len, "strict");
        }
        if (end != rd->text + rd->len) return PyUnicode_DecodeUTF8(rd->text, (Py_ssize_t)rd->len, "strict");
        return PyFloat_FromDouble(d);
    }
    case 's': {
        Py_ssize_t index = 0;
        if (rd->len == 0 || rd->len > 9) return NULL;
        for (size_t i = 0; i < rd->len; i++) {
            if (rd->text[i] < '0' || rd->text[i] > '9') return NULL;
            index = index * 10 + (rd->text[i] - '0');
        }
        if (index >= PyList_GET_SIZE(rd->strings)) return NULL;
        PyObject *s = PyList_GET_ITEM(rd->strings, index);
        Py_INCREF(s);
        return s;
    }
    case 'b':
        return PyBool_FromLong(!(rd->len == 1 && rd->text[0] == '0'));
    case 'S':
        return PyUnicode_DecodeUTF8(rd->text, (Py_ssize_t)rd->len, "strict");
    case 'e':
        if (rd->len > 0 && rd->text[0] == '#') {
            Py_INCREF(rd->empty); /* an error value: re-read from the XML by the byte scan */
            return rd->empty;
        }
        return NULL;
    }
    return NULL;
}

/* The Cell of `value` (a new reference, consumed), as fastread._cells makes it: a float that is a
 * whole number below 2**53 an int, a long text clipped, one Cell per distinct value (a boolean is
 * never shared: it equals 1 or 0, and is read again from the XML: rd->redo). A new reference. */
static PyObject *cell_of(Reader *rd, PyObject *value) {
    if (PyBool_Check(value)) {
        PyObject *at = Py_BuildValue("(nn)", (Py_ssize_t)rd->row, (Py_ssize_t)rd->col);
        if (at == NULL || PyList_Append(rd->redo, at) < 0) {
            Py_XDECREF(at);
            Py_DECREF(value);
            return NULL;
        }
        Py_DECREF(at);
        PyObject *cell = PyObject_CallOneArg(rd->cell_type, value);
        Py_DECREF(value);
        return cell;
    }
    PyObject *cell = PyDict_GetItemWithError(rd->shared, value); /* borrowed */
    if (cell != NULL) {
        Py_DECREF(value);
        Py_INCREF(cell);
        return cell;
    }
    if (PyErr_Occurred()) {
        Py_DECREF(value);
        return NULL;
    }
    if (PyFloat_CheckExact(value)) {
        double d = PyFloat_AS_DOUBLE(value);
        PyObject *number = (d == floor(d) && d > -9007199254740992.0 && d < 9007199254740992.0)
                               ? PyLong_FromDouble(d)
                               : Py_NewRef(value);
        cell = number ? PyObject_CallOneArg(rd->cell_type, number) : NULL;
        Py_XDECREF(number);
    } else if (PyUnicode_GET_LENGTH(value) <= rd->max_text / 2) {
        cell = PyObject_CallOneArg(rd->cell_type, value);
    } else {
        cell = PyObject_CallFunction(rd->clipped, "On", value, rd->max_text);
    }
    if (cell == NULL || PyDict_SetItem(rd->shared, value, cell) < 0) {
        Py_XDECREF(cell);
        Py_DECREF(value);
        return NULL;
    }
    Py_DECREF(value);
    return cell;
}

/* Put the Cell of `value` (a new reference, consumed) at (row, col) of the grid, growing it with
 * empty rows and empty cells. */
static int place_value(Reader *rd, PyObject *value) {
    value = cell_of(rd, value);
    if (value == NULL) return -1;
    while (PyList_GET_SIZE(rd->rows) <= rd->row) {
        PyObject *row = PyList_New(0);
        if (row == NULL || PyList_Append(rd->rows, row) < 0) {
            Py_XDECREF(row);
            Py_DECREF(value);
            return -1;
        }
        Py_DECREF(row);
    }
    PyObject *row = PyList_GET_ITEM(rd->rows, rd->row);
    while (PyList_GET_SIZE(row) < rd->col) {
        if (PyList_Append(row, rd->empty_cell) < 0) {
            Py_DECREF(value);
            return -1;
        }
    }
    if (PyList_GET_SIZE(row) == rd->col) {
        int rc = PyList_Append(row, value);
        Py_DECREF(value);
        return rc;
    }
    return PyList_SetItem(row, rd->col, value); /* steals value; a cell written twice: the last */
}

/* Columns mode: note `value` (a new reference, consumed) at (row, col) as an entry: a float its
 * number, a text its text (clipped as the grid's Cells are: rd->clipped is long_text.clip there), ""
 * empty (an empty shared string, an error: read again from the XML, as for the grid), a boolean 1 or 0
 * and read again (rd->redo). */
static int place_entry(Reader *rd, PyObject *value) {
    if (rd->n_entries == rd->cap_entries) {
        size_t cap = rd->cap_entries ? rd->cap_entries * 2 : 1024;
        struct entry *grown = PyMem_Realloc(rd->entries, cap * sizeof(struct entry));
        if (grown == NULL) {
            Py_DECREF(value);
            PyErr_NoMemory();
            return -1;
        }
        rd->entries = grown;
        rd->cap_entries = cap;
    }
    struct entry e = {rd->row, rd->col, 0.0, NULL, KIND_EMPTY};
    if (PyBool_Check(value)) {
        PyObject *at = Py_BuildValue("(nn)", (Py_ssize_t)rd->row, (Py_ssize_t)rd->col);
        int rc = (at == NULL || PyList_Append(rd->redo, at) < 0) ? -1 : 0;
        Py_XDECREF(at);
        e.kind = KIND_BOOL;
        e.number = value == Py_True ? 1.0 : 0.0;
        Py_DECREF(value);
        if (rc < 0) return -1;
    } else if (PyFloat_CheckExact(value)) {
        double d = PyFloat_AS_DOUBLE(value);
        /* a whole number below 2**53 is an int in the grid (cell_of), any other a float */
        e.kind = (d == floor(d) && d > -9007199254740992.0 && d < 9007199254740992.0) ? KIND_NUMBER
                                                                                       : KIND_NUMBER | FLAG_FLOAT;
        e.number = (e.kind == KIND_NUMBER) ? d + 0.0 : d; /* an int has no sign of zero: -0 is 0 */
        Py_DECREF(value);
    } else if (PyUnicode_GET_LENGTH(value) == 0) {
        Py_DECREF(value);
    } else if (PyUnicode_GET_LENGTH(value) <= rd->max_text / 2) {
        e.kind = KIND_TEXT;
        e.text = value;
    } else {
        PyObject *kept = PyObject_CallFunction(rd->clipped, "On", value, rd->max_text);
        Py_DECREF(value);
        if (kept == NULL) return -1;
        PyObject *text = PyTuple_Check(kept) && PyTuple_GET_SIZE(kept) == 2 ? PyTuple_GET_ITEM(kept, 0) : NULL;
        PyObject *cut = text ? PyTuple_GET_ITEM(kept, 1) : NULL;
        if (text == NULL || !PyUnicode_Check(text)) {
            Py_DECREF(kept);
            PyErr_SetString(PyExc_TypeError, "clip() must give (text, cut)");
            return -1;
        }
        int truth = PyObject_IsTrue(cut);
        if (truth < 0) { /* (its __bool__ raised: that error, not a result with an error set) */
            Py_DECREF(kept);
            return -1;
        }
        if (truth) {
            PyObject *at = Py_BuildValue("(nnO)", (Py_ssize_t)rd->row, (Py_ssize_t)rd->col, cut);
            if (at == NULL || PyList_Append(rd->cuts, at) < 0) {
                Py_XDECREF(at);
                Py_DECREF(kept);
                return -1;
            }
            Py_DECREF(at);
        }
        e.kind = KIND_TEXT;
        e.text = Py_NewRef(text);
        Py_DECREF(kept);
    }
    rd->entries[rd->n_entries++] = e;
    return 0;
}

static void free_entries(Reader *rd) {
    for (size_t i = 0; i < rd->n_entries; i++) Py_XDECREF(rd->entries[i].text);
    PyMem_Free(rd->entries);
    rd->entries = NULL;
    rd->n_entries = rd->cap_entries = 0;
}

/* A column's cells are packed (a float64 and a kind byte each, from row 0) up to its dense height, and
 * any below it are kept one by one in `far`: the dense height is the largest row + 1 of the column's
 * cells that is at most DENSE_FACTOR x (the column's cells met so far, in the XML's order) +
 * DENSE_SLACK. So the columns' memory stays proportional to the cells: a stray cell at GR99999 is one
 * entry of far, not 100.000 rows x 200 columns packed (180 MB; speed61's review, docs/speed.md stop 53).
 * DENSE_FACTOR 16: a packed row costs 9 bytes, a far cell about 210 (a dict entry and two tuples), so a
 * column at least 1/16 full costs less packed (at 4, a column filled every 5th row went far: 2,4 x the
 * memory of packing it). */
#define DENSE_FACTOR 16
#define DENSE_SLACK 1024

/* The entries as columns: (rows, columns, values, kinds, texts, far, redo, cuts). rows and columns:
 * the sheet's extent (every non-empty cell inside); values: per column a bytearray of its dense
 * height's float64 (native order); kinds: per column a bytearray of as many kind bytes; texts: per
 * column a dict row -> str; far: (row, column) -> (kind, number) of each cell below its column's dense
 * height. */
static PyObject *columns_of(Reader *rd) {
    long rows = 0, cols = 0;
    for (size_t i = 0; i < rd->n_entries; i++) {
        if (rd->entries[i].kind == KIND_EMPTY) continue; /* (the grid drops trailing empty cells too) */
        if (rd->entries[i].row + 1 > rows) rows = rd->entries[i].row + 1;
        if (rd->entries[i].col + 1 > cols) cols = rd->entries[i].col + 1;
    }
    long *dense = PyMem_Calloc((size_t)cols + 1, sizeof(long));
    long *seen = PyMem_Calloc((size_t)cols + 1, sizeof(long));
    PyObject *values = PyList_New(cols);
    PyObject *kinds = PyList_New(cols);
    PyObject *texts = PyList_New(cols);
    PyObject *far = PyDict_New();
    PyObject *result = NULL;
    if (dense == NULL || seen == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    if (values == NULL || kinds == NULL || texts == NULL || far == NULL) goto done;
    for (size_t i = 0; i < rd->n_entries; i++) {
        struct entry *e = &rd->entries[i];
        if (e->kind == KIND_EMPTY) continue;
        seen[e->col]++;
        if (e->row + 1 > dense[e->col] && e->row + 1 <= DENSE_FACTOR * seen[e->col] + DENSE_SLACK)
            dense[e->col] = e->row + 1;
    }
    for (long c = 0; c < cols; c++) {
        PyObject *v = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)dense[c] * (Py_ssize_t)sizeof(double));
        if (v == NULL) goto done;
        PyList_SET_ITEM(values, c, v);
        PyObject *k = PyByteArray_FromStringAndSize(NULL, (Py_ssize_t)dense[c]);
        if (k == NULL) goto done;
        PyList_SET_ITEM(kinds, c, k);
        memset(PyByteArray_AS_STRING(v), 0, (size_t)dense[c] * sizeof(double));
        memset(PyByteArray_AS_STRING(k), KIND_EMPTY, (size_t)dense[c]);
        PyObject *d = PyDict_New();
        if (d == NULL) goto done;
        PyList_SET_ITEM(texts, c, d);
    }
    for (size_t i = 0; i < rd->n_entries; i++) {
        struct entry *e = &rd->entries[i];
        if (e->kind == KIND_EMPTY) continue;
        if (e->row < dense[e->col]) {
            PyByteArray_AS_STRING(PyList_GET_ITEM(kinds, e->col))[e->row] = (char)e->kind;
            ((double *)PyByteArray_AS_STRING(PyList_GET_ITEM(values, e->col)))[e->row] = e->number;
        } else {
            PyObject *at = Py_BuildValue("(ll)", e->row, e->col);
            PyObject *cell = Py_BuildValue("(id)", (int)e->kind, e->number);
            int rc = (at && cell) ? PyDict_SetItem(far, at, cell) : -1;
            Py_XDECREF(at);
            Py_XDECREF(cell);
            if (rc < 0) goto done;
        }
        if (e->text != NULL) {
            PyObject *row = PyLong_FromLong(e->row);
            int rc = row ? PyDict_SetItem(PyList_GET_ITEM(texts, e->col), row, e->text) : -1;
            Py_XDECREF(row);
            if (rc < 0) goto done;
        }
    }
    result = Py_BuildValue("(llOOOOOO)", rows, cols, values, kinds, texts, far, rd->redo, rd->cuts);
done:
    PyMem_Free(dense);
    PyMem_Free(seen);
    Py_XDECREF(values);
    Py_XDECREF(kinds);
    Py_XDECREF(texts);
    Py_XDECREF(far);
    return result;
}

static void sheet_end(Reader *rd, const xmlChar *localname, const xmlChar *uri) {
    (void)localname;
    (void)uri;
    switch (rd->place) {
    case OUTSIDE:
        return;
    case IN_SHEETDATA:
        if (rd->depth == rd->sheetdata_depth) rd->place = OUTSIDE; /* (sheetdata_depth stays set) */
        return;
    case IN_ROW:
        rd->place = IN_SHEETDATA;
        return;
    case IN_VALUE:
        rd->gathering = 0;
        rd->has_value = 1;
        rd->place = IN_CELL;
        return;
    case IN_OTHER_OF_CELL:
        if (rd->depth == rd->other_depth) rd->place = IN_CELL;
        return;
    case IN_CELL: {
        rd->place = IN_ROW;
        if (rd->kind == 'i') {
            if (!rd->has_inline) give_up(rd); /* inlineStr with only a <v>: the lxml reader */
            return; /* an inline string is re-read from the XML by the byte scan */
        }
        if (!rd->has_value) return; /* a styled empty cell, or a formula without its value */
        if (grow(rd, 1) < 0) {
            fail(rd);
            return;
        }
        PyObject *value = cell_value(rd);
        if (value == NULL) {
            if (PyErr_Occurred()) {
                if (PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
                    PyErr_Clear();
                    give_up(rd);
                } else {
                    fail(rd);
                }
            } else {
                give_up(rd);
            }
            return;
        }
        if ((rd->columns ? place_entry(rd, value) : place_value(rd, value)) < 0) fail(rd);
        return;
    }
    }
}

static void strings_start(Reader *rd, const xmlChar *localname) {
    int depth = rd->depth;
    if (depth < (int)sizeof(rd->parents)) rd->parents[depth] = named(localname, "rPh") ? 'r' : ' ';
    else {
        give_up(rd);
        return;
    }
    if (rd->t_depth) {
        give_up(rd); /* an element inside a <t>: its text would be cut there */
        return;
    }
    if (depth == 2) {
        if (!named(localname, "si")) {
            give_up(rd);
            return;
        }
        rd->si_depth = depth;
        rd->len = 0;
        return;
    }
    if (rd->si_depth && named(localname, "t") && rd->parents[depth - 1] != 'r') {
        rd->t_depth = depth;
        rd->gathering = 1;
    }
}

static void strings_end(Reader *rd) {
    int depth = rd->depth;
    if (rd->t_depth && depth == rd->t_depth) {
        rd->t_depth = 0;
        rd->gathering = 0;
        return;
    }
    if (rd->si_depth && depth == rd->si_depth) {
        rd->si_depth = 0;
        PyObject *s = PyUnicode_DecodeUTF8(rd->text ? rd->text : "", (Py_ssize_t)rd->len, "strict");
        if (s == NULL) {
            if (PyErr_ExceptionMatches(PyExc_UnicodeDecodeError)) {
                PyErr_Clear();
                give_up(rd);
            } else {
                fail(rd);
            }
            return;
        }
        if (PyList_Append(rd->items, s) < 0) fail(rd);
        Py_DECREF(s);
    }
}

static void on_start(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri,
                     int nb_namespaces, const xmlChar **namespaces, int nb_attributes, int nb_defaulted,
                     const xmlChar **attributes) {
    (void)prefix;
    (void)nb_namespaces;
    (void)namespaces;
    (void)nb_defaulted;
    Reader *rd = (Reader *)ctx;
    if (rd->slow || rd->failed) return;
    rd->depth++;
    /* libxml2's tree builder (the lxml reader's) checks an xml:id and reports an error this parser's
     * callbacks would not: the lxml reader says. (Attributes in a namespace are rare: the test on a[2]
     * settles nearly all of them.) */
    for (int i = 0; i < nb_attributes; i++) {
        const xmlChar **a = attributes + 5 * i;
        if (a[2] != NULL && a[1] != NULL && named(a[1], "xml") && named(a[0], "id")) {
            give_up(rd);
            return;
        }
    }
    if (rd->mode == SHEET)
        sheet_start(rd, localname, uri, nb_attributes, attributes);
    else
        strings_start(rd, localname);
}

static void on_end(void *ctx, const xmlChar *localname, const xmlChar *prefix, const xmlChar *uri) {
    (void)prefix;
    Reader *rd = (Reader *)ctx;
    if (rd->slow || rd->failed) return;
    if (rd->mode == SHEET)
        sheet_end(rd, localname, uri);
    else
        strings_end(rd);
    rd->depth--;
}

/* A comment, a processing instruction or a CDATA section inside what is read: the lxml reader. */
static void on_comment(void *ctx, const xmlChar *value) {
    (void)value;
    Reader *rd = (Reader *)ctx;
    if (rd->slow || rd->failed) return;
    if ((rd->mode == SHEET && rd->place != OUTSIDE) || (rd->mode == STRINGS && rd->si_depth)) give_up(rd);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data) {
    (void)target;
    on_comment(ctx, data);
}

static void on_cdata(void *ctx, const xmlChar *value, int len) {
    (void)value;
    (void)len;
    on_comment(ctx, NULL);
}

/* libxml2's errors and warnings. lxml raises on any error, fatal or not (an undeclared namespace
 * prefix, an empty namespace name: libxml2 reports them as errors but still calls the part
 * well-formed), so any error makes this pass answer None; a warning (version="1.1") does not. The lxml
 * reader then says where the part is broken. */
static void quiet(void *ctx, const xmlError *error) {
    Reader *rd = (Reader *)ctx;
    if (error != NULL && error->level >= XML_ERR_ERROR) rd->erred = 1;
}

/* Parse `data`; 1 when well-formed and read, 0 when not (or not read here), -1 on a Python error. */
static int parse(Reader *rd, const char *data, Py_ssize_t size) {
    if (size > INT_MAX) return 0;
    xmlSAXHandler sax;
    memset(&sax, 0, sizeof(sax));
    sax.initialized = XML_SAX2_MAGIC;
    sax.startElementNs = on_start;
    sax.endElementNs = on_end;
    sax.characters = on_characters;
    sax.ignorableWhitespace = on_characters;
    sax.comment = on_comment;
    sax.processingInstruction = on_pi;
    sax.cdataBlock = on_cdata;
    sax.serror = quiet;
    rd->ctxt = x_new_ctxt(&sax, rd);
    if (rd->ctxt == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    x_set_error(rd->ctxt, quiet, rd);
    /* The options of the lxml reader's parser (resolve_entities=False, no_network=True,
     * huge_tree=False, load_dtd=False): only XML_PARSE_NONET is set; the package check refused any DTD. */
    xmlDocPtr doc = x_read_memory(rd->ctxt, data, (int)size, NULL, NULL, XML_PARSE_NONET);
    if (doc != NULL) x_free_doc(doc);
    int status = x_status(rd->ctxt);
    x_free_ctxt(rd->ctxt);
    rd->ctxt = NULL;
    if (rd->failed) return -1;
    if (rd->slow || rd->erred) return 0;
    return (status & (XML_STATUS_NOT_WELL_FORMED | XML_STATUS_CATASTROPHIC_ERROR)) ? 0 : 1;
}

/* A row's trailing empty cells dropped (fastread._cells drops python-calamine's trailing ""). */
static int trim_rows(Reader *rd) {
    for (Py_ssize_t r = 0; r < PyList_GET_SIZE(rd->rows); r++) {
        PyObject *row = PyList_GET_ITEM(rd->rows, r);
        Py_ssize_t n = PyList_GET_SIZE(row);
        while (n > 0 && PyList_GET_ITEM(row, n - 1) == rd->empty_cell) n--;
        if (n < PyList_GET_SIZE(row) && PyList_SetSlice(row, n, PyList_GET_SIZE(row), NULL) < 0) return -1;
    }
    return 0;
}

static PyObject *read_sheet(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data;
    PyObject *strings, *cell_type, *clipped;
    long max_row, max_col;
    Py_ssize_t max_text;
    if (!PyArg_ParseTuple(args, "y*O!llOOn", &data, &PyList_Type, &strings, &max_row, &max_col, &cell_type,
                          &clipped, &max_text))
        return NULL;
    Reader rd;
    memset(&rd, 0, sizeof(rd));
    rd.mode = SHEET;
    rd.strings = strings;
    rd.max_row = max_row;
    rd.max_col = max_col;
    rd.cell_type = cell_type;
    rd.clipped = clipped;
    rd.max_text = max_text;
    rd.empty = PyUnicode_FromString("");
    rd.rows = PyList_New(0);
    rd.redo = PyList_New(0);
    rd.shared = PyDict_New();
    rd.empty_cell = PyObject_CallNoArgs(cell_type);
    int ok = -1;
    if (rd.empty && rd.rows && rd.redo && rd.shared && rd.empty_cell &&
        PyDict_SetItem(rd.shared, rd.empty, rd.empty_cell) == 0)
        ok = parse(&rd, data.buf, data.len);
    PyBuffer_Release(&data);
    PyMem_Free(rd.text);
    PyObject *result = NULL;
    if (ok == 1) {
        if (trim_rows(&rd) == 0) result = PyTuple_Pack(2, rd.rows, rd.redo);
    } else if (ok == 0) {
        result = Py_NewRef(Py_None);
    }
    Py_XDECREF(rd.empty);
    Py_XDECREF(rd.rows);
    Py_XDECREF(rd.redo);
    Py_XDECREF(rd.shared);
    Py_XDECREF(rd.empty_cell);
    return result;
}

static PyObject *read_columns(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data;
    PyObject *strings, *clip;
    long max_row, max_col;
    Py_ssize_t max_text;
    if (!PyArg_ParseTuple(args, "y*O!llOn", &data, &PyList_Type, &strings, &max_row, &max_col, &clip, &max_text))
        return NULL;
    Reader rd;
    memset(&rd, 0, sizeof(rd));
    rd.mode = SHEET;
    rd.columns = 1;
    rd.strings = strings;
    rd.max_row = max_row;
    rd.max_col = max_col;
    rd.clipped = clip;
    rd.max_text = max_text;
    rd.empty = PyUnicode_FromString("");
    rd.redo = PyList_New(0);
    rd.cuts = PyList_New(0);
    int ok = -1;
    if (rd.empty && rd.redo && rd.cuts) ok = parse(&rd, data.buf, data.len);
    PyBuffer_Release(&data);
    PyMem_Free(rd.text);
    PyObject *result = NULL;
    if (ok == 1)
        result = columns_of(&rd);
    else if (ok == 0)
        result = Py_NewRef(Py_None);
    free_entries(&rd);
    Py_XDECREF(rd.empty);
    Py_XDECREF(rd.redo);
    Py_XDECREF(rd.cuts);
    return result;
}

static PyObject *read_strings(PyObject *self, PyObject *args) {
    (void)self;
    Py_buffer data;
    if (!PyArg_ParseTuple(args, "y*", &data)) return NULL;
    Reader rd;
    memset(&rd, 0, sizeof(rd));
    rd.mode = STRINGS;
    rd.items = PyList_New(0);
    int ok = rd.items ? parse(&rd, data.buf, data.len) : -1;
    PyBuffer_Release(&data);
    PyMem_Free(rd.text);
    if (ok == 1) return rd.items;
    Py_XDECREF(rd.items);
    if (ok < 0) return NULL;
    Py_RETURN_NONE;
}

static PyMethodDef methods[] = {
    {"read_sheet", read_sheet, METH_VARARGS,
     "read_sheet(xml, strings, max_row, max_col, Cell, clipped_cell, max_text) -> (grid, redo) or None\n\n"
     "A worksheet part's cells as fastread._cells makes them of python-calamine's values (one Cell per\n"
     "distinct value, trailing empty cells dropped; shared strings taken from `strings`), and the\n"
     "(row, column) of its booleans; None when the part is not well-formed or holds anything this\n"
     "pass does not read (the caller then reads it with the lxml reader)."},
    {"read_columns", read_columns, METH_VARARGS,
     "read_columns(xml, strings, max_row, max_col, clip, max_text)\n"
     "    -> (rows, columns, values, kinds, texts, far, redo, cuts) or None\n\n"
     "read_sheet's cells as columns, no Cell made: per column a bytearray of float64 (values) and one\n"
     "of kind bytes (kinds: 0 empty, 1 number, 2 text, 6 boolean; 0x80 over a number read as a float,\n"
     "not an int) from row 0 to the column's dense height, far (row, column) -> (kind, number) for\n"
     "its cells below that (a column's packed rows stay at most 16 x its cells + 1024); texts per\n"
     "column a dict row -> str (clip(text, max_text) -> (kept, full length) applied to a long one,\n"
     "cuts its (row, column, full length)); redo the booleans' (row, column). None as read_sheet."},
    {"read_strings", read_strings, METH_VARARGS,
     "read_strings(xml) -> list of str or None\n\n"
     "The texts of a shared strings part's <si> items (rich runs joined, phonetic runs left out);\n"
     "None when the part is not well-formed or not read here."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_sheetxml", NULL, -1, methods, NULL, NULL, NULL, NULL};

static void *symbol(void *handle, const char *name) {
    void *found = dlsym(handle, name);
    if (found == NULL) PyErr_Format(PyExc_ImportError, "lxml's libxml2 has no %s", name);
    return found;
}

PyMODINIT_FUNC PyInit__sheetxml(void) {
    PyObject *etree = PyImport_ImportModule("lxml.etree");
    if (etree == NULL) return NULL;
    PyObject *file = PyObject_GetAttrString(etree, "__file__");
    Py_DECREF(etree);
    if (file == NULL) return NULL;
    const char *path = PyUnicode_AsUTF8(file);
    if (path == NULL) {
        Py_DECREF(file);
        return NULL;
    }
    void *handle = dlopen(path, RTLD_NOW | RTLD_NOLOAD);
    Py_DECREF(file);
    if (handle == NULL) {
        PyErr_SetString(PyExc_ImportError, "lxml.etree's module could not be opened again");
        return NULL;
    }
    if (!(x_new_ctxt = (new_ctxt_fn)symbol(handle, "xmlNewSAXParserCtxt")) ||
        !(x_read_memory = (read_memory_fn)symbol(handle, "xmlCtxtReadMemory")) ||
        !(x_free_ctxt = (free_ctxt_fn)symbol(handle, "xmlFreeParserCtxt")) ||
        !(x_status = (status_fn)symbol(handle, "xmlCtxtGetStatus")) ||
        !(x_set_error = (set_error_fn)symbol(handle, "xmlCtxtSetErrorHandler")) ||
        !(x_stop = (stop_fn)symbol(handle, "xmlStopParser")) ||
        !(x_free_doc = (free_doc_fn)symbol(handle, "xmlFreeDoc")))
        return NULL; /* (the handle stays open: lxml.etree is loaded for the process's life anyway) */
    return PyModule_Create(&module);
}
