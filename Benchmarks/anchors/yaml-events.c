/* The libyaml event-parse floor for Benchmarks/compare.sh (issue 8, P1).
 *
 * Parses a YAML file into events with libyaml (the parser Yams wraps) until STREAM-END,
 * counts them and prints the count: no tree, no model, no validation. Nothing faster can
 * read YAML with libyaml, so JourneyKit's `validate j.yaml` is measured against it.
 *
 * Build: cc -O2 -o yaml-events yaml-events.c -lyaml     (Debian: libyaml-dev)
 * Run:   yaml-events FILE          prints "<N> events"; exit 0
 *        yaml-events --version     prints libyaml's version
 * Exit 1 on a parse error (the message, line and column on stderr), 2 on a usage error or
 * a file that cannot be opened. */
#include <stdio.h>
#include <string.h>
#include <yaml.h>

int main(int argc, char **argv) {
    if (argc == 2 && strcmp(argv[1], "--version") == 0) {
        printf("libyaml %s\n", yaml_get_version_string());
        return 0;
    }
    if (argc != 2) {
        fprintf(stderr, "usage: yaml-events FILE\n");
        return 2;
    }
    FILE *file = fopen(argv[1], "rb");
    if (file == NULL) {
        perror(argv[1]);
        return 2;
    }
    yaml_parser_t parser;
    if (!yaml_parser_initialize(&parser)) {
        fprintf(stderr, "yaml-events: cannot initialize the parser\n");
        fclose(file);
        return 2;
    }
    yaml_parser_set_input_file(&parser, file);

    long events = 0;
    int status = 0;
    for (;;) {
        yaml_event_t event;
        if (!yaml_parser_parse(&parser, &event)) {
            fprintf(stderr, "%s:%lu:%lu: error: %s\n", argv[1],
                    (unsigned long)parser.problem_mark.line + 1,
                    (unsigned long)parser.problem_mark.column + 1,
                    parser.problem ? parser.problem : "parse error");
            status = 1;
            break;
        }
        events++;
        int done = event.type == YAML_STREAM_END_EVENT;
        yaml_event_delete(&event);
        if (done) break;
    }
    yaml_parser_delete(&parser);
    fclose(file);
    if (status == 0) printf("%ld events\n", events);
    return status;
}
