#include "CGeoAbort.h"
#include <signal.h>
#include <string.h>
#include <unistd.h>

static const char geo_abort_message[] =
    "error: geo-ai ran out of memory (an allocation failed) and stopped; nothing was half-written\n"
    "  hint: Free memory or raise the limit (ulimit -v), or split the input file. The store and Reports/ "
    "are as they were, or fully written.\n";

static void geo_on_abort(int signal_number) {
    (void)signal_number;
    // Only async-signal-safe calls here: write(2) and _exit(2).
    ssize_t written = write(STDERR_FILENO, geo_abort_message, sizeof geo_abort_message - 1);
    (void)written;
    _exit(74);
}

void geo_exit_74_on_abort(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = geo_on_abort;
    sigemptyset(&action.sa_mask);
    sigaction(SIGABRT, &action, NULL);
}
