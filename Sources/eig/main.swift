// The composition root of the eig executable.
print("eig")
