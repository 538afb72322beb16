<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>App</name>
    <message>
        <source>Village Station</source>
        <translation>Village Station</translation>
    </message>
</context>
<context>
    <name>ComingPage</name>
    <message>
        <source>Not available yet in this version.</source>
        <translation>Not available yet in this version.</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>Barcode scanner</source>
        <translation>Barcode scanner</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Receipt printer</source>
        <translation>Receipt printer</translation>
    </message>
    <message>
        <source>Label printer</source>
        <translation>Label printer</translation>
    </message>
    <message>
        <source>GSM modem</source>
        <translation>GSM modem</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>connecting…</source>
        <translation>connecting…</translation>
    </message>
    <message>
        <source>not connected, retrying</source>
        <translation>not connected, retrying</translation>
    </message>
    <message>
        <source>error, retrying</source>
        <translation>error, retrying</translation>
    </message>
    <message>
        <source>No stable reading: put the weight on the scale and wait until it settles.</source>
        <translation>No stable reading: put the weight on the scale and wait until it settles.</translation>
    </message>
    <message>
        <source>Scale shows {shown}; reference {known}; within {tol} g. OK.</source>
        <translation>Scale shows {shown}; reference {known}; within {tol} g. OK.</translation>
    </message>
    <message>
        <source>Scale shows {shown} but the reference is {known} ({diff:+d} g, allowed ±{tol} g). Have the scale calibrated.</source>
        <translation>Scale shows {shown} but the reference is {known} ({diff:+d} g, allowed ±{tol} g). Have the scale calibrated.</translation>
    </message>
</context>
<context>
    <name>DevicesPage</name>
    <message>
        <source>The device layer is not running in this session.</source>
        <translation>The device layer is not running in this session.</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Live view</source>
        <translation>Live view</translation>
    </message>
    <message>
        <source>Model and port</source>
        <translation>Model and port</translation>
    </message>
    <message>
        <source>/dev/ttyUSB0, COM3, socket://host:port</source>
        <translation>/dev/ttyUSB0, COM3, socket://host:port</translation>
    </message>
    <message>
        <source>Save and connect</source>
        <translation>Save and connect</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Find ports</source>
        <translation>Find ports</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Test</translation>
    </message>
    <message>
        <source>Zero</source>
        <translation>Zero</translation>
    </message>
    <message>
        <source>Tare</source>
        <translation>Tare</translation>
    </message>
    <message>
        <source>known weight, e.g. 5 kg</source>
        <translation>known weight, e.g. 5 kg</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <source>Print a test page</source>
        <translation>Print a test page</translation>
    </message>
    <message>
        <source>phone for a test SMS</source>
        <translation>phone for a test SMS</translation>
    </message>
    <message>
        <source>Send test SMS</source>
        <translation>Send test SMS</translation>
    </message>
    <message>
        <source>Scan any barcode: it appears in the live view.</source>
        <translation>Scan any barcode: it appears in the live view.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Print a test label</source>
        <translation>Print a test label</translation>
    </message>
    <message>
        <source>Good frames: {good}   Bad frames: {bad}</source>
        <translation>Good frames: {good}   Bad frames: {bad}</translation>
    </message>
    <message>
        <source>No reading yet.</source>
        <translation>No reading yet.</translation>
    </message>
    <message>
        <source>Out of range (overload or below zero)</source>
        <translation>Out of range (overload or below zero)</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>settling…</source>
        <translation>settling…</translation>
    </message>
    <message>
        <source>net</source>
        <translation>net</translation>
    </message>
    <message>
        <source>gross</source>
        <translation>gross</translation>
    </message>
    <message>
        <source>Last scan: {code}</source>
        <translation>Last scan: {code}</translation>
    </message>
    <message>
        <source>Saved. The program connects by itself and reconnects when the device is plugged in again.</source>
        <translation>Saved. The program connects by itself and reconnects when the device is plugged in again.</translation>
    </message>
    <message>
        <source>No scale is configured.</source>
        <translation>No scale is configured.</translation>
    </message>
    <message>
        <source>Command sent to the scale.</source>
        <translation>Command sent to the scale.</translation>
    </message>
    <message>
        <source>No printer is configured for this role.</source>
        <translation>No printer is configured for this role.</translation>
    </message>
    <message>
        <source>Test sent to the printer; see “Print jobs” for its state.</source>
        <translation>Test sent to the printer; see “Print jobs” for its state.</translation>
    </message>
    <message>
        <source>No modem is configured.</source>
        <translation>No modem is configured.</translation>
    </message>
    <message>
        <source>Village Station test message. 村站测试短信。</source>
        <translation>Village Station test message. 村站测试短信。</translation>
    </message>
    <message>
        <source>SMS sent (reference {ref}).</source>
        <translation>SMS sent (reference {ref}).</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>“{text}” is not an amount of money. Type it like 12.50.</source>
        <translation>“{text}” is not an amount of money. Type it like 12.50.</translation>
    </message>
    <message>
        <source>The amount “{text}” is too large.</source>
        <translation>The amount “{text}” is too large.</translation>
    </message>
    <message>
        <source>“{text}” is not a weight. Type it like 1.25 kg or 800 g.</source>
        <translation>“{text}” is not a weight. Type it like 1.25 kg or 800 g.</translation>
    </message>
    <message>
        <source>The weight “{text}” is too large.</source>
        <translation>The weight “{text}” is too large.</translation>
    </message>
    <message>
        <source>“{text}” is not a phone number. Type 11 digits, a masked number like 138****5678, or the last 4 digits.</source>
        <translation>“{text}” is not a phone number. Type 11 digits, a masked number like 138****5678, or the last 4 digits.</translation>
    </message>
    <message>
        <source>Please type the name.</source>
        <translation>Please type the name.</translation>
    </message>
    <message>
        <source>The name is too long (at most {max} characters).</source>
        <translation>The name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>The name “{text}” contains digits or symbols.</source>
        <translation>The name “{text}” contains digits or symbols.</translation>
    </message>
    <message>
        <source>“{text}” is only the last 4 digits. A person needs a full or masked phone number.</source>
        <translation>“{text}” is only the last 4 digits. A person needs a full or masked phone number.</translation>
    </message>
    <message>
        <source>A person can have at most {max} phone numbers.</source>
        <translation>A person can have at most {max} phone numbers.</translation>
    </message>
    <message>
        <source>The village or group name is too long (at most {max} characters).</source>
        <translation>The village or group name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>The notes are too long (at most {max} characters).</source>
        <translation>The notes are too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>This person was not found. They may have been merged into another record.</source>
        <translation>This person was not found. They may have been merged into another record.</translation>
    </message>
    <message>
        <source>A person with the same phone or name already exists.</source>
        <translation>A person with the same phone or name already exists.</translation>
    </message>
    <message>
        <source>The household this person should join does not exist.</source>
        <translation>The household this person should join does not exist.</translation>
    </message>
    <message>
        <source>Choose two different people to merge.</source>
        <translation>Choose two different people to merge.</translation>
    </message>
    <message>
        <source>One of these records has already been merged.</source>
        <translation>One of these records has already been merged.</translation>
    </message>
    <message>
        <source>This operator does not exist or is no longer active.</source>
        <translation>This operator does not exist or is no longer active.</translation>
    </message>
    <message>
        <source>Wrong PIN. {remaining} attempts left before this operator is locked for 5 minutes.</source>
        <translation>Wrong PIN. {remaining} attempts left before this operator is locked for 5 minutes.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. This operator is locked; try again in {minutes} minutes.</source>
        <translation>Too many wrong PINs. This operator is locked; try again in {minutes} minutes.</translation>
    </message>
    <message>
        <source>The PIN must be 4 to 6 digits.</source>
        <translation>The PIN must be 4 to 6 digits.</translation>
    </message>
    <message>
        <source>The PIN must not be the same digit repeated.</source>
        <translation>The PIN must not be the same digit repeated.</translation>
    </message>
    <message>
        <source>The two PINs are different. Please type them again.</source>
        <translation>The two PINs are different. Please type them again.</translation>
    </message>
    <message>
        <source>Your role does not allow this action.</source>
        <translation>Your role does not allow this action.</translation>
    </message>
    <message>
        <source>The last shopkeeper cannot be deactivated.</source>
        <translation>The last shopkeeper cannot be deactivated.</translation>
    </message>
    <message>
        <source>Please type the station's name.</source>
        <translation>Please type the station's name.</translation>
    </message>
    <message>
        <source>The station's name is too long (at most {max} characters).</source>
        <translation>The station's name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>The station code “{text}” is not valid: use 2 to 20 letters, digits or dashes, like HX-001.</source>
        <translation>The station code “{text}” is not valid: use 2 to 20 letters, digits or dashes, like HX-001.</translation>
    </message>
    <message>
        <source>The paper width must be 58 mm or 80 mm.</source>
        <translation>The paper width must be 58 mm or 80 mm.</translation>
    </message>
    <message>
        <source>This station has already been set up.</source>
        <translation>This station has already been set up.</translation>
    </message>
    <message>
        <source>The amount is not valid.</source>
        <translation>The amount is not valid.</translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation>The amount must be more than zero.</translation>
    </message>
    <message>
        <source>A mobile or bank payment needs its transaction number.</source>
        <translation>A mobile or bank payment needs its transaction number.</translation>
    </message>
    <message>
        <source>The transaction number is too long (at most {max} characters).</source>
        <translation>The transaction number is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Corrections are made by reversing the wrong entry.</source>
        <translation>Corrections are made by reversing the wrong entry.</translation>
    </message>
    <message>
        <source>Please give the reason for the correction.</source>
        <translation>Please give the reason for the correction.</translation>
    </message>
    <message>
        <source>This ledger entry does not exist.</source>
        <translation>This ledger entry does not exist.</translation>
    </message>
    <message>
        <source>A correction cannot itself be reversed.</source>
        <translation>A correction cannot itself be reversed.</translation>
    </message>
    <message>
        <source>This entry has already been reversed.</source>
        <translation>This entry has already been reversed.</translation>
    </message>
    <message>
        <source>The data folder {path} cannot be written to. Check its permissions or start with --home pointing elsewhere.</source>
        <translation>The data folder {path} cannot be written to. Check its permissions or start with --home pointing elsewhere.</translation>
    </message>
    <message>
        <source>The database {path} is read-only. Nothing was changed. Check the file's permissions.</source>
        <translation>The database {path} is read-only. Nothing was changed. Check the file's permissions.</translation>
    </message>
    <message>
        <source>The database is in use by another program (perhaps the station program is already open). Close it and start again.</source>
        <translation>The database is in use by another program (perhaps the station program is already open). Close it and start again.</translation>
    </message>
    <message>
        <source>The database {path} is damaged and was not opened. Nothing was changed. Restore a backup from the backups folder.</source>
        <translation>The database {path} is damaged and was not opened. Nothing was changed. Restore a backup from the backups folder.</translation>
    </message>
    <message>
        <source>The database was written by a newer version of this program. Nothing was changed. Please install the newer version.</source>
        <translation>The database was written by a newer version of this program. Nothing was changed. Please install the newer version.</translation>
    </message>
    <message>
        <source>Upgrading the database failed; the copy taken before the upgrade was put back. Nothing was lost.</source>
        <translation>Upgrading the database failed; the copy taken before the upgrade was put back. Nothing was lost.</translation>
    </message>
    <message>
        <source>The device is not connected. Check its cable and power; the program reconnects by itself.</source>
        <translation>The device is not connected. Check its cable and power; the program reconnects by itself.</translation>
    </message>
    <message>
        <source>Sending to the device failed; it may have been unplugged.</source>
        <translation>Sending to the device failed; it may have been unplugged.</translation>
    </message>
    <message>
        <source>The device did not answer in time.</source>
        <translation>The device did not answer in time.</translation>
    </message>
    <message>
        <source>The device has been stopped.</source>
        <translation>The device has been stopped.</translation>
    </message>
    <message>
        <source>Choose or type the port the device is connected to.</source>
        <translation>Choose or type the port the device is connected to.</translation>
    </message>
    <message>
        <source>This model does not fit that device role.</source>
        <translation>This model does not fit that device role.</translation>
    </message>
    <message>
        <source>Unknown device model.</source>
        <translation>Unknown device model.</translation>
    </message>
    <message>
        <source>Unknown device role.</source>
        <translation>Unknown device role.</translation>
    </message>
    <message>
        <source>This model is not connected through a serial port.</source>
        <translation>This model is not connected through a serial port.</translation>
    </message>
    <message>
        <source>This device does not support that command.</source>
        <translation>This device does not support that command.</translation>
    </message>
    <message>
        <source>SMS not sent: there is no SIM card in the modem.</source>
        <translation>SMS not sent: there is no SIM card in the modem.</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card asks for its PIN.</source>
        <translation>SMS not sent: the SIM card asks for its PIN.</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card is busy; try again.</source>
        <translation>SMS not sent: the SIM card is busy; try again.</translation>
    </message>
    <message>
        <source>SMS not sent: the modem has no mobile network.</source>
        <translation>SMS not sent: the modem has no mobile network.</translation>
    </message>
    <message>
        <source>SMS not sent: the network did not answer in time.</source>
        <translation>SMS not sent: the network did not answer in time.</translation>
    </message>
    <message>
        <source>SMS not sent: the network is busy; try again later.</source>
        <translation>SMS not sent: the network is busy; try again later.</translation>
    </message>
    <message>
        <source>SMS not sent: the phone number is not valid.</source>
        <translation>SMS not sent: the phone number is not valid.</translation>
    </message>
    <message>
        <source>SMS not sent: sending is barred on this SIM card.</source>
        <translation>SMS not sent: sending is barred on this SIM card.</translation>
    </message>
    <message>
        <source>SMS not sent: the network rejected the message.</source>
        <translation>SMS not sent: the network rejected the message.</translation>
    </message>
    <message>
        <source>SMS not sent: the SIM card has no SMS centre number.</source>
        <translation>SMS not sent: the SIM card has no SMS centre number.</translation>
    </message>
    <message>
        <source>SMS not sent: the modem does not support this.</source>
        <translation>SMS not sent: the modem does not support this.</translation>
    </message>
    <message>
        <source>SMS not sent: the modem does not answer.</source>
        <translation>SMS not sent: the modem does not answer.</translation>
    </message>
    <message>
        <source>SMS not sent: the modem's port is not available.</source>
        <translation>SMS not sent: the modem's port is not available.</translation>
    </message>
    <message>
        <source>SMS not sent: the message is empty.</source>
        <translation>SMS not sent: the message is empty.</translation>
    </message>
    <message>
        <source>This backup cannot be read or is not a station database.</source>
        <translation>This backup cannot be read or is not a station database.</translation>
    </message>
    <message>
        <source>Something went wrong ({code}). Nothing was saved.</source>
        <translation>Something went wrong ({code}). Nothing was saved.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing was saved. Details are in the log.</source>
        <translation>Something unexpected went wrong. Nothing was saved. Details are in the log.</translation>
    </message>
</context>
<context>
    <name>LoginPage</name>
    <message>
        <source>Log in</source>
        <translation>Log in</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Village Station</source>
        <translation>Village Station</translation>
    </message>
    <message>
        <source>TRAINING MODE — practice data, simulated devices, nothing is sent to the hub</source>
        <translation>TRAINING MODE — practice data, simulated devices, nothing is sent to the hub</translation>
    </message>
    <message>
        <source>Opening the station database…</source>
        <translation>Opening the station database…</translation>
    </message>
    <message>
        <source>Devices: none configured</source>
        <translation>Devices: none configured</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Not logged in</source>
        <translation>Not logged in</translation>
    </message>
    <message>
        <source>Operator: {name} ({role})</source>
        <translation>Operator: {name} ({role})</translation>
    </message>
    <message>
        <source>Devices: {list}</source>
        <translation>Devices: {list}</translation>
    </message>
    <message>
        <source>Sync: off in training mode</source>
        <translation>Sync: off in training mode</translation>
    </message>
    <message>
        <source>Sync: not connected to a hub yet · {n} records waiting</source>
        <translation>Sync: not connected to a hub yet · {n} records waiting</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>Which record should be kept? Phones and everything recorded for the other one move to it.</source>
        <translation>Which record should be kept? Phones and everything recorded for the other one move to it.</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Name, pinyin initials (zs), last 4 digits or full phone</source>
        <translation>Name, pinyin initials (zs), last 4 digits or full phone</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>New person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Edit</translation>
    </message>
    <message>
        <source>Merge two records</source>
        <translation>Merge two records</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} found</translation>
    </message>
    <message>
        <source>Saved: {name}</source>
        <translation>Saved: {name}</translation>
    </message>
    <message>
        <source>Select exactly two rows (hold Ctrl) to merge them.</source>
        <translation>Select exactly two rows (hold Ctrl) to merge them.</translation>
    </message>
    <message>
        <source>Merged into {name}.</source>
        <translation>Merged into {name}.</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Edit person</source>
        <translation>Edit person</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>11 digits, or masked like 138****5678</source>
        <translation>11 digits, or masked like 138****5678</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Second phone</source>
        <translation>Second phone</translation>
    </message>
    <message>
        <source>Village</source>
        <translation>Village</translation>
    </message>
    <message>
        <source>Villager group</source>
        <translation>Villager group</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Possible duplicate: {people}. Check the list; press “Create anyway” if this is really a different person.</source>
        <translation>Possible duplicate: {people}. Check the list; press “Create anyway” if this is really a different person.</translation>
    </message>
    <message>
        <source>Create anyway</source>
        <translation>Create anyway</translation>
    </message>
</context>
<context>
    <name>PrintJobs</name>
    <message>
        <source>printed</source>
        <translation>printed</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelled</translation>
    </message>
    <message>
        <source>waiting: out of paper</source>
        <translation>waiting: out of paper</translation>
    </message>
    <message>
        <source>waiting: cover open</source>
        <translation>waiting: cover open</translation>
    </message>
    <message>
        <source>waiting: printer offline</source>
        <translation>waiting: printer offline</translation>
    </message>
    <message>
        <source>waiting: printer not answering</source>
        <translation>waiting: printer not answering</translation>
    </message>
    <message>
        <source>waiting: no printer set up</source>
        <translation>waiting: no printer set up</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
</context>
<context>
    <name>PrintJobsPage</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Printer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Print again</source>
        <translation>Print again</translation>
    </message>
    <message>
        <source>Cancel the job</source>
        <translation>Cancel the job</translation>
    </message>
    <message>
        <source>Try waiting jobs now</source>
        <translation>Try waiting jobs now</translation>
    </message>
    <message>
        <source>Select a job first.</source>
        <translation>Select a job first.</translation>
    </message>
    <message>
        <source>Queued again.</source>
        <translation>Queued again.</translation>
    </message>
    <message>
        <source>Only a waiting job can be cancelled.</source>
        <translation>Only a waiting job can be cancelled.</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>Shopkeeper</source>
        <translation>Shopkeeper</translation>
    </message>
    <message>
        <source>Clerk</source>
        <translation>Clerk</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Supervisor</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Devices</translation>
    </message>
    <message>
        <source>Print jobs</source>
        <translation>Print jobs</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>This station</source>
        <translation>This station</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Receipt paper</source>
        <translation>Receipt paper</translation>
    </message>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>PIN (4-6 digits)</source>
        <translation>PIN (4-6 digits)</translation>
    </message>
    <message>
        <source>Add operator</source>
        <translation>Add operator</translation>
    </message>
    <message>
        <source>Operator {name} added.</source>
        <translation>Operator {name} added.</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>A copy of the database is made every day and before every upgrade; the last 14 of each kind are kept.</source>
        <translation>A copy of the database is made every day and before every upgrade; the last 14 of each kind are kept.</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Taken at</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Size</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the selected backup…</source>
        <translation>Restore the selected backup…</translation>
    </message>
    <message>
        <source>Yes, restore it</source>
        <translation>Yes, restore it</translation>
    </message>
    <message>
        <source>Daily</source>
        <translation>Daily</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>By hand</translation>
    </message>
    <message>
        <source>Before a change</source>
        <translation>Before a change</translation>
    </message>
    <message>
        <source>Backup taken.</source>
        <translation>Backup taken.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Select a backup first.</translation>
    </message>
    <message>
        <source>Restoring replaces everything recorded since that backup. A copy of today's database is kept first. Press “Yes, restore it” to go on.</source>
        <translation>Restoring replaces everything recorded since that backup. A copy of today's database is kept first. Press “Yes, restore it” to go on.</translation>
    </message>
    <message>
        <source>Backup restored. Please log in again.</source>
        <translation>Backup restored. Please log in again.</translation>
    </message>
    <message>
        <source>{mm} mm</source>
        <translation>{mm} mm</translation>
    </message>
</context>
<context>
    <name>SetupPage</name>
    <message>
        <source>Welcome! Let us set up this station</source>
        <translation>Welcome! Let us set up this station</translation>
    </message>
    <message>
        <source>This is asked only once. Everything can be changed later in Settings.</source>
        <translation>This is asked only once. Everything can be changed later in Settings.</translation>
    </message>
    <message>
        <source>e.g. Hexing Village Service Station</source>
        <translation>e.g. Hexing Village Service Station</translation>
    </message>
    <message>
        <source>e.g. HX-001</source>
        <translation>e.g. HX-001</translation>
    </message>
    <message>
        <source>Station name</source>
        <translation>Station name</translation>
    </message>
    <message>
        <source>Station code</source>
        <translation>Station code</translation>
    </message>
    <message>
        <source>Shopkeeper's name</source>
        <translation>Shopkeeper's name</translation>
    </message>
    <message>
        <source>PIN (4-6 digits)</source>
        <translation>PIN (4-6 digits)</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>PIN again</translation>
    </message>
    <message>
        <source>58 mm</source>
        <translation>58 mm</translation>
    </message>
    <message>
        <source>80 mm</source>
        <translation>80 mm</translation>
    </message>
    <message>
        <source>Receipt paper width</source>
        <translation>Receipt paper width</translation>
    </message>
    <message>
        <source>Create the station</source>
        <translation>Create the station</translation>
    </message>
    <message>
        <source>Creating the station…</source>
        <translation>Creating the station…</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Parcel intake</source>
        <translation>Parcel intake</translation>
    </message>
    <message>
        <source>Scan a waybill to take a parcel in: carrier guessed, recipient matched, shelf slot and pickup code assigned, arrival notice queued.</source>
        <translation>Scan a waybill to take a parcel in: carrier guessed, recipient matched, shelf slot and pickup code assigned, arrival notice queued.</translation>
    </message>
    <message>
        <source>Parcel pickup</source>
        <translation>Parcel pickup</translation>
    </message>
    <message>
        <source>Scan or type a pickup code or the last 4 digits of a phone, see every waiting parcel of the person and hand several over at once.</source>
        <translation>Scan or type a pickup code or the last 4 digits of a phone, see every waiting parcel of the person and hand several over at once.</translation>
    </message>
    <message>
        <source>Send a parcel</source>
        <translation>Send a parcel</translation>
    </message>
    <message>
        <source>Real-name sender record, open-box check, weight from the scale, price from the carrier's tariff, payment and receipt.</source>
        <translation>Real-name sender record, open-box check, weight from the scale, price from the carrier's tariff, payment and receipt.</translation>
    </message>
    <message>
        <source>Agent purchases</source>
        <translation>Agent purchases</translation>
    </message>
    <message>
        <source>Order goods online for villagers: quote, deposit, tracking, automatic match of the arriving parcel, handover with the balance.</source>
        <translation>Order goods online for villagers: quote, deposit, tracking, automatic match of the arriving parcel, handover with the balance.</translation>
    </message>
    <message>
        <source>Farm produce</source>
        <translation>Farm produce</translation>
    </message>
    <message>
        <source>Weigh in farmers' produce, grade it, print lot labels with a trace QR code and compliance certificates, export listings.</source>
        <translation>Weigh in farmers' produce, grade it, print lot labels with a trace QR code and compliance certificates, export listings.</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Count the cash drawer against the ledger, see the difference and its causes, print the day report.</source>
        <translation>Count the cash drawer against the ledger, see the difference and its causes, print the day report.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Log out (Ctrl+L)</source>
        <translation>Log out (Ctrl+L)</translation>
    </message>
</context>
</TS>