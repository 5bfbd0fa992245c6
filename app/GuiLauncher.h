#pragma once

// Parses the GUI's options (--screenshot, --size, --view, WORKSPACE) and runs the window.
int runGui(int argc, char* argv[], void (*setApplicationNames)());
