# A program starts in the working directory it was started in: here its own folder, so a relative
# name finds the program's sibling files, and os.getcwd() names that folder.
import os

print(os.path.basename(os.getcwd()))
print(os.path.exists("cwd_is_program_folder.py"), os.path.isfile(os.path.join(os.getcwd(), "cwd_is_program_folder.py")))
with open("cwd_is_program_folder.py", encoding="utf-8") as f:
    print(f.readline().rstrip())
print(os.path.abspath("x") == os.path.join(os.getcwd(), "x"), os.path.realpath(".") == os.getcwd())
