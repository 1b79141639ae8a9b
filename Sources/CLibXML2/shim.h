#ifndef CLIBXML2_SHIM_H
#define CLIBXML2_SHIM_H
/* Debian's libxml2 is built with ICU; its encoding.h then includes ICU headers that clash
   with Foundation's own ICU module. We never use ICU-backed encodings, so drop the flag
   before the headers that read it (and never read xmlCharEncodingHandler fields). */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/SAX2.h>
#include <libxml/tree.h>
#include <libxml/xinclude.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlwriter.h>
#include <libxml/xmlmemory.h>

/* xmlFree is a global function-pointer variable: Swift 6 refuses it as shared mutable state. */
static inline void clibxml2_free(void *pointer) { xmlFree(pointer); }

#endif
