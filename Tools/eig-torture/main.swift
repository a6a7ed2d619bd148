print("eig-torture")
