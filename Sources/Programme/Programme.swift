// The Programme module.
