#pragma once

namespace kdd {

// The names QSettings, the desktop and --version know the program by; set once the application
// object exists, in either mode.
void setApplicationNames();

} // namespace kdd
