// ProjectionsTests
