// The OperatorCLI module.
