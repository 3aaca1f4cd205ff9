// The tests expect no colour unless one asks for it: FORCE_COLOR from the caller's shell (CI sets
// it) is removed, not emptied, because Node ≥ 24 warns on stderr in every child process that has
// NO_COLOR and FORCE_COLOR both set, even to ''.
delete process.env.FORCE_COLOR;
