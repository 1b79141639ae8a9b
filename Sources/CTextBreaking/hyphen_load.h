// Internal to CTextBreaking: a faster loader for libhyphen dictionaries.
#ifndef JOURNEYKIT_HYPHEN_LOAD_H
#define JOURNEYKIT_HYPHEN_LOAD_H
#include <hyphen.h>
HyphenDict *jk_hyphen_load(const char *path);
#endif
