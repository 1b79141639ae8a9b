// Loads a libhyphen dictionary (hyph_*.dic) into libhyphen's own HyphenDict, which
// hnj_hyphen_hyphenate3 then uses as usual. It builds exactly the states that libhyphen's
// hnj_hyphen_load_file builds (the same lines, the same NEXTLEVEL handling, the same default
// second level), but with a larger, better-spread hash table: libhyphen 2.8.8's fixed table of
// 31,627 chains and its hash took 4.4 s of CPU to load the German patterns (278,832 states);
// this takes a small fraction of that. The memory is malloc'd as libhyphen's is, so
// hnj_hyphen_free can free it.
#include "hyphen_load.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry {
    char *key;
    int value;
};

struct table {
    struct entry *slots;
    size_t capacity; // a power of two
    size_t count;
};

static uint64_t hash_of(const char *key) {
    uint64_t h = 1469598103934665603ULL;
    for (const unsigned char *p = (const unsigned char *)key; *p; p++) {
        h ^= *p;
        h *= 1099511628211ULL;
    }
    return h;
}

static int table_init(struct table *table) {
    table->capacity = 1024;
    table->count = 0;
    table->slots = calloc(table->capacity, sizeof(struct entry));
    return table->slots != NULL;
}

static void table_free(struct table *table) {
    for (size_t i = 0; i < table->capacity; i++) free(table->slots[i].key);
    free(table->slots);
}

/// The value of `key`, or -1.
static int table_lookup(const struct table *table, const char *key) {
    size_t mask = table->capacity - 1;
    for (size_t i = hash_of(key) & mask;; i = (i + 1) & mask) {
        if (table->slots[i].key == NULL) return -1;
        if (strcmp(table->slots[i].key, key) == 0) return table->slots[i].value;
    }
}

static int table_insert(struct table *table, const char *key, int value) {
    if ((table->count + 1) * 2 > table->capacity) {
        struct table bigger = {calloc(table->capacity * 2, sizeof(struct entry)), table->capacity * 2, 0};
        if (bigger.slots == NULL) return 0;
        size_t mask = bigger.capacity - 1;
        for (size_t k = 0; k < table->capacity; k++) {
            if (table->slots[k].key == NULL) continue;
            size_t i = hash_of(table->slots[k].key) & mask;
            while (bigger.slots[i].key != NULL) i = (i + 1) & mask;
            bigger.slots[i] = table->slots[k];
            bigger.count += 1;
        }
        free(table->slots);
        *table = bigger;
    }
    size_t mask = table->capacity - 1;
    size_t i = hash_of(key) & mask;
    while (table->slots[i].key != NULL) i = (i + 1) & mask;
    table->slots[i].key = strdup(key);
    if (table->slots[i].key == NULL) return 0;
    table->slots[i].value = value;
    table->count += 1;
    return 1;
}

static HyphenDict *new_dictionary(void) {
    HyphenDict *dict = calloc(1, sizeof(HyphenDict));
    if (dict == NULL) return NULL;
    dict->num_states = 1;
    dict->states = calloc(1, sizeof(HyphenState));
    if (dict->states == NULL) {
        free(dict);
        return NULL;
    }
    dict->states[0].fallback_state = -1;
    return dict;
}

/// libhyphen's hnj_get_state: the state of `string`, made when missing.
static int get_state(HyphenDict *dict, struct table *table, const char *string, int *failed) {
    int state = table_lookup(table, string);
    if (state >= 0) return state;
    if (!table_insert(table, string, dict->num_states)) {
        *failed = 1;
        return 0;
    }
    if (!(dict->num_states & (dict->num_states - 1))) {
        HyphenState *grown = realloc(dict->states, (size_t)(dict->num_states << 1) * sizeof(HyphenState));
        if (grown == NULL) {
            *failed = 1;
            return 0;
        }
        dict->states = grown;
    }
    HyphenState *s = &dict->states[dict->num_states];
    memset(s, 0, sizeof *s);
    s->fallback_state = -1;
    return dict->num_states++;
}

static void add_transition(HyphenDict *dict, int from, int to, char ch, int *failed) {
    int count = dict->states[from].num_trans;
    if (count == 0 || !(count & (count - 1))) {
        HyphenTrans *grown = realloc(dict->states[from].trans, (size_t)(count == 0 ? 1 : count << 1) * sizeof(HyphenTrans));
        if (grown == NULL) {
            *failed = 1;
            return;
        }
        dict->states[from].trans = grown;
    }
    dict->states[from].trans[count].ch = ch;
    dict->states[from].trans[count].new_state = to;
    dict->states[from].num_trans++;
}

static void chomp(char *s) {
    size_t k = strlen(s);
    if (k > 0 && (s[k - 1] == '\r' || s[k - 1] == '\n')) s[k - 1] = 0;
    if (k > 1 && s[k - 2] == '\r') s[k - 2] = 0;
}

/// libhyphen's hnj_hyphen_load_line, with our table.
static void load_line(char *buf, HyphenDict *dict, struct table *table, int *failed) {
    char word[MAX_CHARS];
    char pattern[MAX_CHARS];
    if (strncmp(buf, "LEFTHYPHENMIN", 13) == 0) { dict->lhmin = (char)atoi(buf + 13); return; }
    if (strncmp(buf, "RIGHTHYPHENMIN", 14) == 0) { dict->rhmin = (char)atoi(buf + 14); return; }
    if (strncmp(buf, "COMPOUNDLEFTHYPHENMIN", 21) == 0) { dict->clhmin = (char)atoi(buf + 21); return; }
    if (strncmp(buf, "COMPOUNDRIGHTHYPHENMIN", 22) == 0) { dict->crhmin = (char)atoi(buf + 22); return; }
    if (strncmp(buf, "NOHYPHEN", 8) == 0) {
        char *space = buf + 8;
        while (*space == ' ' || *space == '\t') space++;
        free(dict->nohyphen);
        dict->nohyphen = strdup(space);
        dict->nohyphenl = 0;
        if (dict->nohyphen != NULL && dict->nohyphen[0] != 0) {
            char *end = dict->nohyphen + strlen(dict->nohyphen) - 1;
            *end = 0;
            for (end = end - 1; end > dict->nohyphen; end--) {
                if (*end == ',') {
                    dict->nohyphenl++;
                    *end = 0;
                }
            }
        }
        return;
    }
    int i, j = 0;
    pattern[0] = '0';
    char *repl = strchr(buf, '/');
    signed char replindex = 0, replcut = 0;
    if (repl) {
        char *index = strchr(repl + 1, ',');
        *repl = 0;
        if (index) {
            char *index2 = strchr(index + 1, ',');
            *index = 0;
            if (index2) {
                *index2 = 0;
                replindex = (signed char)(atoi(index + 1) - 1);
                replcut = (signed char)atoi(index2 + 1);
            }
        } else {
            chomp(repl + 1);
            replindex = 0;
            replcut = (signed char)strlen(buf);
        }
        repl = strdup(repl + 1);
    }
    for (i = 0; (unsigned char)buf[i] > (unsigned char)' ' && j < MAX_CHARS - 2; i++) {
        if (buf[i] >= '0' && buf[i] <= '9') {
            pattern[j] = buf[i];
        } else {
            word[j] = buf[i];
            pattern[++j] = '0';
        }
    }
    word[j] = 0;
    pattern[j + 1] = 0;
    i = 0;
    if (!repl) {
        for (; pattern[i] == '0'; i++) {}
    } else {
        if (*word == '.') i++;
        if (dict->utf8) {
            int pu = -1, ps = -1;
            size_t pc = (*word == '.') ? 1 : 0;
            for (; pc < strlen(word) + 1; pc++) {
                if ((((unsigned char)word[pc]) >> 6) != 2) pu++;
                if (ps < 0 && replindex == pu) {
                    ps = replindex;
                    replindex = (signed char)pc;
                }
                if (ps >= 0 && (pu - ps) == replcut) {
                    replcut = (signed char)(pc - replindex);
                    break;
                }
            }
            if (*word == '.') replindex--;
        }
    }
    int found = table_lookup(table, word);
    int state = get_state(dict, table, word, failed);
    if (*failed) { free(repl); return; }
    free(dict->states[state].match);
    free(dict->states[state].repl);
    dict->states[state].match = strdup(pattern + i);
    dict->states[state].repl = repl;
    dict->states[state].replindex = replindex;
    dict->states[state].replcut = replcut ? replcut : (signed char)strlen(word);
    for (; found < 0 && j > 0; --j) {
        int last = state;
        char ch = word[j - 1];
        word[j - 1] = 0;
        found = table_lookup(table, word);
        state = get_state(dict, table, word, failed);
        if (*failed) return;
        add_transition(dict, state, last, ch, failed);
        if (*failed) return;
    }
}

/// libhyphen's fallback states: each state falls back to its longest proper suffix that is a state.
static void put_fallbacks(HyphenDict *dict, const struct table *table) {
    for (size_t k = 0; k < table->capacity; k++) {
        const struct entry *e = &table->slots[k];
        if (e->key == NULL) continue;
        int state = 0;
        if (*e->key) {
            for (int j = 1;; j++) {
                state = table_lookup(table, e->key + j);
                if (state >= 0) break;
            }
        }
        if (e->value) dict->states[e->value].fallback_state = state;
    }
}

HyphenDict *jk_hyphen_load(const char *path) {
    FILE *f = fopen(path, "r");
    if (f == NULL) return NULL;
    HyphenDict *dict[2] = {NULL, NULL};
    char buf[MAX_CHARS];
    int nextlevel = 0, failed = 0;
    for (int k = 0; k < 2 && !failed; k++) {
        struct table table;
        if (!table_init(&table)) { failed = 1; break; }
        if (!table_insert(&table, "", 0)) { failed = 1; table_free(&table); break; }
        dict[k] = new_dictionary();
        if (dict[k] == NULL) { failed = 1; table_free(&table); break; }
        if (k == 0) {
            if (fgets(dict[0]->cset, sizeof dict[0]->cset, f) != NULL) {
                for (int i = 0; i < MAX_NAME; i++)
                    if (dict[0]->cset[i] == '\r' || dict[0]->cset[i] == '\n') dict[0]->cset[i] = 0;
            } else {
                dict[0]->cset[0] = 0;
            }
            dict[0]->utf8 = strcmp(dict[0]->cset, "UTF-8") == 0;
        } else {
            memcpy(dict[1]->cset, dict[0]->cset, sizeof dict[1]->cset);
            dict[1]->cset[sizeof dict[1]->cset - 1] = 0;
            dict[1]->utf8 = dict[0]->utf8;
        }
        if (k == 0 || nextlevel) {
            while (!failed && fgets(buf, sizeof buf, f) != NULL) {
                if (strncmp(buf, "NEXTLEVEL", 9) == 0) {
                    nextlevel = 1;
                    break;
                } else if (buf[0] != '%') {
                    load_line(buf, dict[k], &table, &failed);
                }
            }
        } else {
            // libhyphen's default first level: break at hyphens and apostrophes.
            char line[MAX_CHARS];
            snprintf(line, sizeof line, "%s", dict[0]->utf8 ? "NOHYPHEN ',\xe2\x80\x93,\xe2\x80\x99,-\n" : "NOHYPHEN ',-\n");
            load_line(line, dict[1], &table, &failed);
            const char *defaults[] = {"1-1\n", "1'1\n", "1\xe2\x80\x93" "1\n", "1\xe2\x80\x99" "1\n"};
            int count = dict[0]->utf8 ? 4 : 2;
            for (int d = 0; d < count && !failed; d++) {
                snprintf(line, sizeof line, "%s", defaults[d]);
                load_line(line, dict[1], &table, &failed);
            }
        }
        if (!failed) put_fallbacks(dict[k], &table);
        table_free(&table);
    }
    fclose(f);
    if (failed) {
        if (dict[0]) { dict[0]->nextlevel = NULL; hnj_hyphen_free(dict[0]); }
        if (dict[1]) { dict[1]->nextlevel = NULL; hnj_hyphen_free(dict[1]); }
        return NULL;
    }
    if (nextlevel) {
        dict[0]->nextlevel = dict[1];
        return dict[0];
    }
    dict[1]->nextlevel = dict[0];
    dict[1]->lhmin = dict[0]->lhmin;
    dict[1]->rhmin = dict[0]->rhmin;
    dict[1]->clhmin = dict[0]->clhmin ? dict[0]->clhmin : (dict[0]->lhmin ? dict[0]->lhmin : 3);
    dict[1]->crhmin = dict[0]->crhmin ? dict[0]->crhmin : (dict[0]->rhmin ? dict[0]->rhmin : 3);
    return dict[1];
}
