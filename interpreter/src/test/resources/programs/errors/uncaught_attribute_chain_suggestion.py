# an AttributeError with a "Did you mean" suggestion deep in a method chain; carets on the attribute access
class Config:
    def __init__(self):
        self.database_url = "sqlite://"
        self.debug = False

class App:
    def __init__(self):
        self.config = Config()
    def start(self):
        return self.config.databse_url.upper()

app = App()
print(app.config.database_url)
app.start()
