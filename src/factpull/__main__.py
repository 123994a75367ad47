from factpull.cli import main

main()
