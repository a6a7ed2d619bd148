// The Projections module.
