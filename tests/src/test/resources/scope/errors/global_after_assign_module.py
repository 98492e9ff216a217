flag = 1
global flag
