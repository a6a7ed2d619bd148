print("eig-bench")
