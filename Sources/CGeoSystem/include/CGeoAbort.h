#ifndef CGEOABORT_H
#define CGEOABORT_H

/// Makes an abort (SIGABRT) end the process with exit status 74 and a one-line message on
/// stderr instead of a crash report. The Swift runtime aborts when an allocation fails, so an
/// out-of-memory stop exits like any other I/O failure. Call once, early, from the executable.
void geo_exit_74_on_abort(void);

#endif
