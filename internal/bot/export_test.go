package bot

// Internals that the external tests drive directly.
var ListPostmortems = listPostmortems
