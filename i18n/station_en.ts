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
    <name>Carriers</name>
    <message>
        <source>SF Express</source>
        <translation>SF Express</translation>
    </message>
    <message>
        <source>ZTO</source>
        <translation>ZTO</translation>
    </message>
    <message>
        <source>YTO</source>
        <translation>YTO</translation>
    </message>
    <message>
        <source>Yunda</source>
        <translation>Yunda</translation>
    </message>
    <message>
        <source>STO</source>
        <translation>STO</translation>
    </message>
    <message>
        <source>J&amp;T</source>
        <translation>J&amp;T</translation>
    </message>
    <message>
        <source>JD Logistics</source>
        <translation>JD Logistics</translation>
    </message>
    <message>
        <source>EMS</source>
        <translation>EMS</translation>
    </message>
    <message>
        <source>China Post</source>
        <translation>China Post</translation>
    </message>
    <message>
        <source>Best Express</source>
        <translation>Best Express</translation>
    </message>
    <message>
        <source>Deppon</source>
        <translation>Deppon</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
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
    <name>CommissionReportDialog</name>
    <message>
        <source>Agent purchase commission</source>
        <translation>Agent purchase commission</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Orders</translation>
    </message>
    <message>
        <source>Service fees</source>
        <translation>Service fees</translation>
    </message>
    <message>
        <source>Commission expected</source>
        <translation>Commission expected</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Received</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Outstanding</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>DayClosePage</name>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>What the ledger says (since the last close)</source>
        <translation>What the ledger says (since the last close)</translation>
    </message>
    <message>
        <source>Cash at the last close</source>
        <translation>Cash at the last close</translation>
    </message>
    <message>
        <source>Cash in</source>
        <translation>Cash in</translation>
    </message>
    <message>
        <source>Cash out</source>
        <translation>Cash out</translation>
    </message>
    <message>
        <source>Expected in the drawer</source>
        <translation>Expected in the drawer</translation>
    </message>
    <message>
        <source>Mobile payments</source>
        <translation>Mobile payments</translation>
    </message>
    <message>
        <source>Count the drawer</source>
        <translation>Count the drawer</translation>
    </message>
    <message>
        <source>Cash counted, in yuan</source>
        <translation>Cash counted, in yuan</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Close the day</source>
        <translation>Close the day</translation>
    </message>
    <message>
        <source>Hand the shift over</source>
        <translation>Hand the shift over</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Handed over to</source>
        <translation>Handed over to</translation>
    </message>
    <message>
        <source>Why the cash differs, if it does</source>
        <translation>Why the cash differs, if it does</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save the close and print the report</source>
        <translation>Save the close and print the report</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Save as PDF</translation>
    </message>
    <message>
        <source>Save the report of the last close to the exports folder</source>
        <translation>Save the report of the last close to the exports folder</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>In</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Out</source>
        <translation>Out</translation>
    </message>
    <message>
        <source>Remark</source>
        <translation>Remark</translation>
    </message>
    <message>
        <source>, {n} late</source>
        <translation>, {n} late</translation>
    </message>
    <message>
        <source>Entries since the last close: {n}{late}</source>
        <translation>Entries since the last close: {n}{late}</translation>
    </message>
    <message>
        <source>none, the drawer is right</source>
        <translation>none, the drawer is right</translation>
    </message>
    <message>
        <source>{amount} more than expected</source>
        <translation>{amount} more than expected</translation>
    </message>
    <message>
        <source>{amount} short</source>
        <translation>{amount} short</translation>
    </message>
    <message>
        <source>late</source>
        <translation>late</translation>
    </message>
    <message>
        <source>Saved. Counted {counted}, expected {expected}, difference {diff}.</source>
        <translation>Saved. Counted {counted}, expected {expected}, difference {diff}.</translation>
    </message>
    <message>
        <source>Day report saved as {path}</source>
        <translation>Day report saved as {path}</translation>
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
        <source>Detect model</source>
        <translation>Detect model</translation>
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
        <source>Model suggested from the USB id; check it.</source>
        <translation>Model suggested from the USB id; check it.</translation>
    </message>
    <message>
        <source>Asking the device on {port}… this takes a few seconds.</source>
        <translation>Asking the device on {port}… this takes a few seconds.</translation>
    </message>
    <message>
        <source>The device answered as: {model}. Press “Save and connect”.</source>
        <translation>The device answered as: {model}. Press “Save and connect”.</translation>
    </message>
    <message>
        <source>No known protocol answered on {port}. Choose the model by hand (some scales only send when something is on them).</source>
        <translation>No known protocol answered on {port}. Choose the model by hand (some scales only send when something is on them).</translation>
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
    <name>DispatchPage</name>
    <message>
        <source>Send a parcel</source>
        <translation>Send a parcel</translation>
    </message>
    <message>
        <source>Sender (real name)</source>
        <translation>Sender (real name)</translation>
    </message>
    <message>
        <source>Name, pinyin initials or phone</source>
        <translation>Name, pinyin initials or phone</translation>
    </message>
    <message>
        <source>Resident ID card</source>
        <translation>Resident ID card</translation>
    </message>
    <message>
        <source>Passport</source>
        <translation>Passport</translation>
    </message>
    <message>
        <source>HK/Macao/Taiwan permit</source>
        <translation>HK/Macao/Taiwan permit</translation>
    </message>
    <message>
        <source>Other ID</source>
        <translation>Other ID</translation>
    </message>
    <message>
        <source>What is inside</source>
        <translation>What is inside</translation>
    </message>
    <message>
        <source>Opened and inspected</source>
        <translation>Opened and inspected</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>ID type</source>
        <translation>ID type</translation>
    </message>
    <message>
        <source>ID number</source>
        <translation>ID number</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Contents</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
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
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Parcel and price</source>
        <translation>Parcel and price</translation>
    </message>
    <message>
        <source>empty = from the scale</source>
        <translation>empty = from the scale</translation>
    </message>
    <message>
        <source>Weigh and price</source>
        <translation>Weigh and price</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Paid: accept</source>
        <translation>Paid: accept</translation>
    </message>
    <message>
        <source>Hand to courier</source>
        <translation>Hand to courier</translation>
    </message>
    <message>
        <source>Charged {chargeable} (actual {actual}, by volume {volume})</source>
        <translation>Charged {chargeable} (actual {actual}, by volume {volume})</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Size (cm)</source>
        <translation>Size (cm)</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Transaction number</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Waiting for the courier</source>
        <translation>Waiting for the courier</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Sender</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Courier's name</source>
        <translation>Courier's name</translation>
    </message>
    <message>
        <source>Accepted: {carrier} to {province}, {price} received. ID {id}.</source>
        <translation>Accepted: {carrier} to {province}, {price} received. ID {id}.</translation>
    </message>
    <message>
        <source>Nothing is waiting for the courier.</source>
        <translation>Nothing is waiting for the courier.</translation>
    </message>
    <message>
        <source>Handed to {courier}; the list is printing.</source>
        <translation>Handed to {courier}; the list is printing.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Scan or type the waybill number.</source>
        <translation>Scan or type the waybill number.</translation>
    </message>
    <message>
        <source>“{text}” is not a waybill number: use 6 to 40 letters and digits. Nothing was saved.</source>
        <translation>“{text}” is not a waybill number: use 6 to 40 letters and digits. Nothing was saved.</translation>
    </message>
    <message>
        <source>“{text}” is not a known carrier.</source>
        <translation>“{text}” is not a known carrier.</translation>
    </message>
    <message>
        <source>“{text}” is a pickup code, not a waybill. To hand a parcel over, use the pickup page (F2).</source>
        <translation>“{text}” is a pickup code, not a waybill. To hand a parcel over, use the pickup page (F2).</translation>
    </message>
    <message>
        <source>Waybill {waybill} is already on the shelf: code {pickup_code}, slot {slot}, since {since}. Nothing was saved.</source>
        <translation>Waybill {waybill} is already on the shelf: code {pickup_code}, slot {slot}, since {since}. Nothing was saved.</translation>
    </message>
    <message>
        <source>Waybill {waybill} was taken in on {since} and has already left the station.</source>
        <translation>Waybill {waybill} was taken in on {since} and has already left the station.</translation>
    </message>
    <message>
        <source>This parcel was not found.</source>
        <translation>This parcel was not found.</translation>
    </message>
    <message>
        <source>Parcel {pickup_code} is no longer on the shelf. Nothing was saved.</source>
        <translation>Parcel {pickup_code} is no longer on the shelf. Nothing was saved.</translation>
    </message>
    <message>
        <source>The note is too long (at most {max} characters).</source>
        <translation>The note is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>A hold can be extended by 1 to {max} days.</source>
        <translation>A hold can be extended by 1 to {max} days.</translation>
    </message>
    <message>
        <source>No shelves are set up. Add shelves in the settings.</source>
        <translation>No shelves are set up. Add shelves in the settings.</translation>
    </message>
    <message>
        <source>Every shelf slot is full ({capacity} places). Hand parcels over, return old ones or add a shelf. Nothing was saved.</source>
        <translation>Every shelf slot is full ({capacity} places). Hand parcels over, return old ones or add a shelf. Nothing was saved.</translation>
    </message>
    <message>
        <source>Slot {slot} still holds {count} parcels and cannot be removed.</source>
        <translation>Slot {slot} still holds {count} parcels and cannot be removed.</translation>
    </message>
    <message>
        <source>Slot {slot} holds {count} parcels: its capacity cannot be smaller.</source>
        <translation>Slot {slot} holds {count} parcels: its capacity cannot be smaller.</translation>
    </message>
    <message>
        <source>At most {max} shelves.</source>
        <translation>At most {max} shelves.</translation>
    </message>
    <message>
        <source>“{text}” is not a shelf name: use 1 to 4 letters or digits.</source>
        <translation>“{text}” is not a shelf name: use 1 to 4 letters or digits.</translation>
    </message>
    <message>
        <source>There are two shelves named {text}.</source>
        <translation>There are two shelves named {text}.</translation>
    </message>
    <message>
        <source>A shelf has 1 to {max} tiers.</source>
        <translation>A shelf has 1 to {max} tiers.</translation>
    </message>
    <message>
        <source>A tier holds 1 to {max} parcels.</source>
        <translation>A tier holds 1 to {max} parcels.</translation>
    </message>
    <message>
        <source>No pickup code is free: all {total} codes are in use or resting. Use more code digits or a shorter rest in the settings.</source>
        <translation>No pickup code is free: all {total} codes are in use or resting. Use more code digits or a shorter rest in the settings.</translation>
    </message>
    <message>
        <source>“{text}” is not a pickup code. Type it like 3-2-0417 or 0417.</source>
        <translation>“{text}” is not a pickup code. Type it like 3-2-0417 or 0417.</translation>
    </message>
    <message>
        <source>A pickup code has 3 to 6 serial digits.</source>
        <translation>A pickup code has 3 to 6 serial digits.</translation>
    </message>
    <message>
        <source>The code rest must be 0 to 1440 hours.</source>
        <translation>The code rest must be 0 to 1440 hours.</translation>
    </message>
    <message>
        <source>Scan or type a pickup code, the last 4 digits of the phone or the waybill.</source>
        <translation>Scan or type a pickup code, the last 4 digits of the phone or the waybill.</translation>
    </message>
    <message>
        <source>“{text}” is not a pickup code, phone ending or waybill.</source>
        <translation>“{text}” is not a pickup code, phone ending or waybill.</translation>
    </message>
    <message>
        <source>No parcel is waiting for “{text}”. Check the code, or try the last 4 digits of the phone.</source>
        <translation>No parcel is waiting for “{text}”. Check the code, or try the last 4 digits of the phone.</translation>
    </message>
    <message>
        <source>Tick at least one parcel.</source>
        <translation>Tick at least one parcel.</translation>
    </message>
    <message>
        <source>At most {max} parcels in one handover: hand the rest over in a second round.</source>
        <translation>At most {max} parcels in one handover: hand the rest over in a second round.</translation>
    </message>
    <message>
        <source>A parcel ({pickup_code}) has already been handed over or has left the station. Nothing was saved.</source>
        <translation>A parcel ({pickup_code}) has already been handed over or has left the station. Nothing was saved.</translation>
    </message>
    <message>
        <source>A storage fee is due. Choose how it is paid, or waive it.</source>
        <translation>A storage fee is due. Choose how it is paid, or waive it.</translation>
    </message>
    <message>
        <source>This handover was not found.</source>
        <translation>This handover was not found.</translation>
    </message>
    <message>
        <source>This handover has already been undone.</source>
        <translation>This handover has already been undone.</translation>
    </message>
    <message>
        <source>This handover took a storage fee of {fee}. Paying it back is a money correction: ask the shopkeeper to undo it.</source>
        <translation>This handover took a storage fee of {fee}. Paying it back is a money correction: ask the shopkeeper to undo it.</translation>
    </message>
    <message>
        <source>Please give the reason for the undo.</source>
        <translation>Please give the reason for the undo.</translation>
    </message>
    <message>
        <source>No SMS modem is set up. Use the printed list or the WeChat text.</source>
        <translation>No SMS modem is set up. Use the printed list or the WeChat text.</translation>
    </message>
    <message>
        <source>This notice was not found.</source>
        <translation>This notice was not found.</translation>
    </message>
    <message>
        <source>Only an SMS can be sent again.</source>
        <translation>Only an SMS can be sent again.</translation>
    </message>
    <message>
        <source>This notice is still waiting to be sent.</source>
        <translation>This notice is still waiting to be sent.</translation>
    </message>
    <message>
        <source>No printer is set up.</source>
        <translation>No printer is set up.</translation>
    </message>
    <message>
        <source>The free days or overdue days are out of range.</source>
        <translation>The free days or overdue days are out of range.</translation>
    </message>
    <message>
        <source>The storage fee is out of range.</source>
        <translation>The storage fee is out of range.</translation>
    </message>
    <message>
        <source>A notice template is empty or longer than 300 characters.</source>
        <translation>A notice template is empty or longer than 300 characters.</translation>
    </message>
    <message>
        <source>This stock-take was not found.</source>
        <translation>This stock-take was not found.</translation>
    </message>
    <message>
        <source>This stock-take is already finished. Start a new one.</source>
        <translation>This stock-take is already finished. Start a new one.</translation>
    </message>
    <message>
        <source>Type the courier's name.</source>
        <translation>Type the courier's name.</translation>
    </message>
    <message>
        <source>Some of these parcels were already handed to a courier. Nothing was saved.</source>
        <translation>Some of these parcels were already handed to a courier. Nothing was saved.</translation>
    </message>
    <message>
        <source>Choose the sender from the person registry.</source>
        <translation>Choose the sender from the person registry.</translation>
    </message>
    <message>
        <source>The sender's ID number is required (real-name sending).</source>
        <translation>The sender's ID number is required (real-name sending).</translation>
    </message>
    <message>
        <source>The ID number {text} is not valid. Check it against the card.</source>
        <translation>The ID number {text} is not valid. Check it against the card.</translation>
    </message>
    <message>
        <source>Open and inspect the parcel, then tick the box.</source>
        <translation>Open and inspect the parcel, then tick the box.</translation>
    </message>
    <message>
        <source>Type what is inside the parcel.</source>
        <translation>Type what is inside the parcel.</translation>
    </message>
    <message>
        <source>The contents text is too long (at most {max} characters).</source>
        <translation>The contents text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Type the recipient's name.</source>
        <translation>Type the recipient's name.</translation>
    </message>
    <message>
        <source>Type the recipient's address.</source>
        <translation>Type the recipient's address.</translation>
    </message>
    <message>
        <source>The address is too long (at most {max} characters).</source>
        <translation>The address is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Choose the destination province.</source>
        <translation>Choose the destination province.</translation>
    </message>
    <message>
        <source>Each side must be 0 to {max} cm.</source>
        <translation>Each side must be 0 to {max} cm.</translation>
    </message>
    <message>
        <source>No stable weight: wait for the scale to settle, or type the weight.</source>
        <translation>No stable weight: wait for the scale to settle, or type the weight.</translation>
    </message>
    <message>
        <source>This sending was not found.</source>
        <translation>This sending was not found.</translation>
    </message>
    <message>
        <source>There is no tariff for this carrier and zone. Add one in the settings.</source>
        <translation>There is no tariff for this carrier and zone. Add one in the settings.</translation>
    </message>
    <message>
        <source>The tariff weights are out of range.</source>
        <translation>The tariff weights are out of range.</translation>
    </message>
    <message>
        <source>The tariff prices are out of range.</source>
        <translation>The tariff prices are out of range.</translation>
    </message>
    <message>
        <source>The volume divisor must be 1000 to 20000.</source>
        <translation>The volume divisor must be 1000 to 20000.</translation>
    </message>
    <message>
        <source>The dates of the tariff are not valid.</source>
        <translation>The dates of the tariff are not valid.</translation>
    </message>
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
        <source>{url} is in use by a configured device; remove it first to detect the model.</source>
        <translation>{url} is in use by a configured device; remove it first to detect the model.</translation>
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
        <source>SMS not sent: no modem is set up and the station is not connected to a hub.</source>
        <translation>SMS not sent: no modem is set up and the station is not connected to a hub.</translation>
    </message>
    <message>
        <source>SMS not sent: the message is empty.</source>
        <translation>SMS not sent: the message is empty.</translation>
    </message>
    <message>
        <source>Line {line}: please type what to buy.</source>
        <translation>Line {line}: please type what to buy.</translation>
    </message>
    <message>
        <source>Line {line}: the item name is too long (at most {max} characters).</source>
        <translation>Line {line}: the item name is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>Line {line}: choose the shopping platform.</source>
        <translation>Line {line}: choose the shopping platform.</translation>
    </message>
    <message>
        <source>Line {line}: the quantity must be a whole number from 1 to {max}.</source>
        <translation>Line {line}: the quantity must be a whole number from 1 to {max}.</translation>
    </message>
    <message>
        <source>Line {line}: the unit price must be more than zero and at most ￥{max}.</source>
        <translation>Line {line}: the unit price must be more than zero and at most ￥{max}.</translation>
    </message>
    <message>
        <source>Line {line}: the link or the size/colour text is too long (at most {max} characters).</source>
        <translation>Line {line}: the link or the size/colour text is too long (at most {max} characters).</translation>
    </message>
    <message>
        <source>The order has no items. Add at least one thing to buy.</source>
        <translation>The order has no items. Add at least one thing to buy.</translation>
    </message>
    <message>
        <source>An order can have at most {max} items; make a second order.</source>
        <translation>An order can have at most {max} items; make a second order.</translation>
    </message>
    <message>
        <source>The shipping cost must be between ￥0 and ￥{max}.</source>
        <translation>The shipping cost must be between ￥0 and ￥{max}.</translation>
    </message>
    <message>
        <source>The order total is more than ￥{max}. Check the prices and quantities.</source>
        <translation>The order total is more than ￥{max}. Check the prices and quantities.</translation>
    </message>
    <message>
        <source>“{text}” is not a platform order number. Type or scan the number shown in the shopping app.</source>
        <translation>“{text}” is not a platform order number. Type or scan the number shown in the shopping app.</translation>
    </message>
    <message>
        <source>The platform order number {text} is already recorded on this order.</source>
        <translation>The platform order number {text} is already recorded on this order.</translation>
    </message>
    <message>
        <source>Please give the reason.</source>
        <translation>Please give the reason.</translation>
    </message>
    <message>
        <source>This step does not fit the order's current state. Check the order's history.</source>
        <translation>This step does not fit the order's current state. Check the order's history.</translation>
    </message>
    <message>
        <source>The deposit must be zero or more.</source>
        <translation>The deposit must be zero or more.</translation>
    </message>
    <message>
        <source>The deposit is more than the order needs: the total is {total_text} and at most {due_text} is still due.</source>
        <translation>The deposit is more than the order needs: the total is {total_text} and at most {due_text} is still due.</translation>
    </message>
    <message>
        <source>The goods can only be handed over with the balance: collect {due_text}.</source>
        <translation>The goods can only be handed over with the balance: collect {due_text}.</translation>
    </message>
    <message>
        <source>That is more than the balance. Collect exactly {due_text} and give change.</source>
        <translation>That is more than the balance. Collect exactly {due_text} and give change.</translation>
    </message>
    <message>
        <source>The refund must be more than zero.</source>
        <translation>The refund must be more than zero.</translation>
    </message>
    <message>
        <source>The refund is more than the villager paid for this order ({paid_text}).</source>
        <translation>The refund is more than the villager paid for this order ({paid_text}).</translation>
    </message>
    <message>
        <source>The commission amount is not valid.</source>
        <translation>The commission amount is not valid.</translation>
    </message>
    <message>
        <source>This service fee rule is not valid: check the amounts and the tiers' order.</source>
        <translation>This service fee rule is not valid: check the amounts and the tiers' order.</translation>
    </message>
    <message>
        <source>No agent purchase order was found.</source>
        <translation>No agent purchase order was found.</translation>
    </message>
    <message>
        <source>The tracking number {text} is already on this order.</source>
        <translation>The tracking number {text} is already on this order.</translation>
    </message>
    <message>
        <source>The tracking number {text} already belongs to order {order_no}.</source>
        <translation>The tracking number {text} already belongs to order {order_no}.</translation>
    </message>
    <message>
        <source>Choose return or exchange.</source>
        <translation>Choose return or exchange.</translation>
    </message>
    <message>
        <source>Choose the operator who takes over the drawer.</source>
        <translation>Choose the operator who takes over the drawer.</translation>
    </message>
    <message>
        <source>A shift is handed over to another operator, not to yourself.</source>
        <translation>A shift is handed over to another operator, not to yourself.</translation>
    </message>
    <message>
        <source>The day {date} is already closed. Later money is recorded as late and counted at the next close.</source>
        <translation>The day {date} is already closed. Later money is recorded as late and counted at the next close.</translation>
    </message>
    <message>
        <source>Type the cash counted in the drawer, like 1250.50.</source>
        <translation>Type the cash counted in the drawer, like 1250.50.</translation>
    </message>
    <message>
        <source>This day close does not exist.</source>
        <translation>This day close does not exist.</translation>
    </message>
    <message>
        <source>“{text}” is not a percentage. Type it like 3 or 2.5.</source>
        <translation>“{text}” is not a percentage. Type it like 3 or 2.5.</translation>
    </message>
    <message>
        <source>Tier {line}: type both the order amount and the fee.</source>
        <translation>Tier {line}: type both the order amount and the fee.</translation>
    </message>
    <message>
        <source>PDF files cannot be made on this PC. Nothing was saved.</source>
        <translation>PDF files cannot be made on this PC. Nothing was saved.</translation>
    </message>
    <message>
        <source>The file could not be written to {folder}. Check the disk and the folder's permissions.</source>
        <translation>The file could not be written to {folder}. Check the disk and the folder's permissions.</translation>
    </message>
    <message>
        <source>This print job is damaged or from a newer version and cannot be printed.</source>
        <translation>This print job is damaged or from a newer version and cannot be printed.</translation>
    </message>
    <message>
        <source>This print job does not exist.</source>
        <translation>This print job does not exist.</translation>
    </message>
    <message>
        <source>the hub cannot be reached (no network?); the records wait on this PC and go when the network is back</source>
        <translation>the hub cannot be reached (no network?); the records wait on this PC and go when the network is back</translation>
    </message>
    <message>
        <source>this station is not connected to a hub yet</source>
        <translation>this station is not connected to a hub yet</translation>
    </message>
    <message>
        <source>the hub has revoked this station's key; ask the supervisor</source>
        <translation>the hub has revoked this station's key; ask the supervisor</translation>
    </message>
    <message>
        <source>the hub did not accept this station's signature; ask the supervisor</source>
        <translation>the hub did not accept this station's signature; ask the supervisor</translation>
    </message>
    <message>
        <source>the hub needs a newer version of this program; records are kept until then</source>
        <translation>the hub needs a newer version of this program; records are kept until then</translation>
    </message>
    <message>
        <source>the hub is busy; trying again shortly</source>
        <translation>the hub is busy; trying again shortly</translation>
    </message>
    <message>
        <source>the hub reported an error; trying again shortly</source>
        <translation>the hub reported an error; trying again shortly</translation>
    </message>
    <message>
        <source>an answer that was not the hub's (a Wi-Fi login page?); nothing was marked as sent</source>
        <translation>an answer that was not the hub's (a Wi-Fi login page?); nothing was marked as sent</translation>
    </message>
    <message>
        <source>an unreadable answer from the hub; trying again</source>
        <translation>an unreadable answer from the hub; trying again</translation>
    </message>
    <message>
        <source>an answer that does not match the request; trying again</source>
        <translation>an answer that does not match the request; trying again</translation>
    </message>
    <message>
        <source>training data is never sent to the hub</source>
        <translation>training data is never sent to the hub</translation>
    </message>
    <message>
        <source>The hub refused this enrolment code (used or expired?). Ask the supervisor for a new one.</source>
        <translation>The hub refused this enrolment code (used or expired?). Ask the supervisor for a new one.</translation>
    </message>
    <message>
        <source>The server at that address is not the hub in the code. Nothing was changed.</source>
        <translation>The server at that address is not the hub in the code. Nothing was changed.</translation>
    </message>
    <message>
        <source>this database was copied or restored; its new records are sent separately, nothing is lost</source>
        <translation>this database was copied or restored; its new records are sent separately, nothing is lost</translation>
    </message>
    <message>
        <source>That file is not an answer from the hub for this station.</source>
        <translation>That file is not an answer from the hub for this station.</translation>
    </message>
    <message>
        <source>That is not an enrolment code. Scan the QR code on the hub's page again.</source>
        <translation>That is not an enrolment code. Scan the QR code on the hub's page again.</translation>
    </message>
    <message>
        <source>Parcel {pickup_code} is agent purchase {order_no}: {balance} is still due. Take it on the purchases page (F4, scan the order QR); nothing was handed over.</source>
        <translation>Parcel {pickup_code} is agent purchase {order_no}: {balance} is still due. Take it on the purchases page (F4, scan the order QR); nothing was handed over.</translation>
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
    <name>FiguresHeader</name>
    <message>
        <source>Today in {taken_in} · out {handed_over} · waiting {waiting} · overdue {overdue}</source>
        <translation>Today in {taken_in} · out {handed_over} · waiting {waiting} · overdue {overdue}</translation>
    </message>
</context>
<context>
    <name>HandoverPage</name>
    <message>
        <source>Parcel pickup</source>
        <translation>Parcel pickup</translation>
    </message>
    <message>
        <source>Pickup code, last 4 digits of the phone, or the waybill</source>
        <translation>Pickup code, last 4 digits of the phone, or the waybill</translation>
    </message>
    <message>
        <source>Whole household (Ctrl+H)</source>
        <translation>Whole household (Ctrl+H)</translation>
    </message>
    <message>
        <source>Hand over</source>
        <translation>Hand over</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Picked up by someone else: their name</source>
        <translation>Picked up by someone else: their name</translation>
    </message>
    <message>
        <source>Signature or photo file (optional)</source>
        <translation>Signature or photo file (optional)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Transaction number</source>
        <translation>Transaction number</translation>
    </message>
    <message>
        <source>Waive the fee</source>
        <translation>Waive the fee</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Receipt</translation>
    </message>
    <message>
        <source>Undo last handover</source>
        <translation>Undo last handover</translation>
    </message>
    <message>
        <source>Hand over (F12)</source>
        <translation>Hand over (F12)</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>Close the open window first; the scan “{code}” was not used.</translation>
    </message>
    <message>
        <source>Several people match: confirm the name</source>
        <translation>Several people match: confirm the name</translation>
    </message>
    <message>
        <source>recipient unknown</source>
        <translation>recipient unknown</translation>
    </message>
    <message>
        <source>{name}: {n} parcels waiting</source>
        <translation>{name}: {n} parcels waiting</translation>
    </message>
    <message>
        <source>Storage fee: {fee}</source>
        <translation>Storage fee: {fee}</translation>
    </message>
    <message>
        <source>Signature or photo</source>
        <translation>Signature or photo</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Find the parcels first (code, phone last 4 or waybill).</source>
        <translation>Find the parcels first (code, phone last 4 or waybill).</translation>
    </message>
    <message>
        <source>Handed over {n}: {codes}</source>
        <translation>Handed over {n}: {codes}</translation>
    </message>
    <message>
        <source> · fee {fee} received</source>
        <translation> · fee {fee} received</translation>
    </message>
    <message>
        <source>There is no handover to undo in this session.</source>
        <translation>There is no handover to undo in this session.</translation>
    </message>
    <message>
        <source>Handover undone: the parcels are back on the shelf and the storage fee {fee} is paid back (a correcting entry in the ledger).</source>
        <translation>Handover undone: the parcels are back on the shelf and the storage fee {fee} is paid back (a correcting entry in the ledger).</translation>
    </message>
    <message>
        <source>Handover undone: the parcels are back on the shelf.</source>
        <translation>Handover undone: the parcels are back on the shelf.</translation>
    </message>
</context>
<context>
    <name>Hub</name>
    <message>
        <source>Sync: not connected to a hub yet · {n} records waiting</source>
        <translation>Sync: not connected to a hub yet · {n} records waiting</translation>
    </message>
    <message>
        <source>Sync: problem — {reason}</source>
        <translation>Sync: problem — {reason}</translation>
    </message>
    <message>
        <source>Sync: uploading {sent}/{total}</source>
        <translation>Sync: uploading {sent}/{total}</translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation>Sync: sending…</translation>
    </message>
    <message>
        <source>Sync: connected</source>
        <translation>Sync: connected</translation>
    </message>
    <message>
        <source>last success {time}</source>
        <translation>last success {time}</translation>
    </message>
    <message>
        <source>{n} waiting</source>
        <translation>{n} waiting</translation>
    </message>
    <message>
        <source>{n} held back</source>
        <translation>{n} held back</translation>
    </message>
    <message>
        <source>All {total} waiting records were sent.</source>
        <translation>All {total} waiting records were sent.</translation>
    </message>
    <message>
        <source>working out the time left</source>
        <translation>working out the time left</translation>
    </message>
    <message>
        <source>under a minute left</source>
        <translation>under a minute left</translation>
    </message>
    <message>
        <source>about {n} min left</source>
        <translation>about {n} min left</translation>
    </message>
    <message>
        <source>{sent} of {total} records sent · {rate} per second · {left}</source>
        <translation>{sent} of {total} records sent · {rate} per second · {left}</translation>
    </message>
</context>
<context>
    <name>HubPage</name>
    <message>
        <source>Training mode never sends anything to the hub.</source>
        <translation>Training mode never sends anything to the hub.</translation>
    </message>
    <message>
        <source>Connect to the township hub</source>
        <translation>Connect to the township hub</translation>
    </message>
    <message>
        <source>Scan the enrolment QR code shown on the hub's supervisor page (or paste its text), then press “Connect”.</source>
        <translation>Scan the enrolment QR code shown on the hub's supervisor page (or paste its text), then press “Connect”.</translation>
    </message>
    <message>
        <source>enrolment code</source>
        <translation>enrolment code</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Hub</source>
        <translation>Hub</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Send held-back records again</source>
        <translation>Send held-back records again</translation>
    </message>
    <message>
        <source>Rotate station key</source>
        <translation>Rotate station key</translation>
    </message>
    <message>
        <source>Yes, give this station a new key</source>
        <translation>Yes, give this station a new key</translation>
    </message>
    <message>
        <source>Catching up with the hub</source>
        <translation>Catching up with the hub</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>No network: carry the records on a USB stick</source>
        <translation>No network: carry the records on a USB stick</translation>
    </message>
    <message>
        <source>Write the file</source>
        <translation>Write the file</translation>
    </message>
    <message>
        <source>the hub's answer file from the USB stick</source>
        <translation>the hub's answer file from the USB stick</translation>
    </message>
    <message>
        <source>Read the answer</source>
        <translation>Read the answer</translation>
    </message>
    <message>
        <source>Records to the hub</source>
        <translation>Records to the hub</translation>
    </message>
    <message>
        <source>Answer from the hub</source>
        <translation>Answer from the hub</translation>
    </message>
    <message>
        <source>not connected</source>
        <translation>not connected</translation>
    </message>
    <message>
        <source>Scan or paste the enrolment code first.</source>
        <translation>Scan or paste the enrolment code first.</translation>
    </message>
    <message>
        <source>Connected to {hub}. Records now go to the hub by themselves.</source>
        <translation>Connected to {hub}. Records now go to the hub by themselves.</translation>
    </message>
    <message>
        <source>{n} records queued again.</source>
        <translation>{n} records queued again.</translation>
    </message>
    <message>
        <source>{n} records written to {path}. Take the file to the hub.</source>
        <translation>{n} records written to {path}. Take the file to the hub.</translation>
    </message>
    <message>
        <source>The hub confirmed {n} records.</source>
        <translation>The hub confirmed {n} records.</translation>
    </message>
    <message>
        <source>The hub will hold a new key for this station and refuse the old one. Press “Yes, give this station a new key” to go on.</source>
        <translation>The hub will hold a new key for this station and refuse the old one. Press “Yes, give this station a new key” to go on.</translation>
    </message>
    <message>
        <source>This station has a new key. The hub accepts only the new key now.</source>
        <translation>This station has a new key. The hub accepts only the new key now.</translation>
    </message>
    <message>
        <source>The hub has stopped accepting this station, so its key cannot be replaced from here. Everything recorded stays on this PC; ask the supervisor to re-admit the station.</source>
        <translation>The hub has stopped accepting this station, so its key cannot be replaced from here. Everything recorded stays on this PC; ask the supervisor to re-admit the station.</translation>
    </message>
    <message>
        <source>The key was not replaced: {reason}</source>
        <translation>The key was not replaced: {reason}</translation>
    </message>
</context>
<context>
    <name>IntakePage</name>
    <message>
        <source>Parcel intake</source>
        <translation>Parcel intake</translation>
    </message>
    <message>
        <source>Scan the waybill (or type it and press Enter)</source>
        <translation>Scan the waybill (or type it and press Enter)</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Batch: each scan is taken in at once (Ctrl+B)</source>
        <translation>Batch: each scan is taken in at once (Ctrl+B)</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>F11: next guess</source>
        <translation>F11: next guess</translation>
    </message>
    <message>
        <source>Last 4 digits, 138****5678 or the full number</source>
        <translation>Last 4 digits, 138****5678 or the full number</translation>
    </message>
    <message>
        <source>Name on the waybill (optional)</source>
        <translation>Name on the waybill (optional)</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>New person (Ctrl+N)</source>
        <translation>New person (Ctrl+N)</translation>
    </message>
    <message>
        <source>Print a shelf sticker</source>
        <translation>Print a shelf sticker</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Weight</translation>
    </message>
    <message>
        <source>The parcels taken in this session are listed here, newest first.</source>
        <translation>The parcels taken in this session are listed here, newest first.</translation>
    </message>
    <message>
        <source>Undo selected intake (Ctrl+Z)</source>
        <translation>Undo selected intake (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>Close the open window first; the scan “{code}” was not used.</translation>
    </message>
    <message>
        <source>{waybill} — type the recipient's phone, then Enter</source>
        <translation>{waybill} — type the recipient's phone, then Enter</translation>
    </message>
    <message>
        <source>Carrier changed to {carrier}.</source>
        <translation>Carrier changed to {carrier}.</translation>
    </message>
    <message>
        <source>no stable weight</source>
        <translation>no stable weight</translation>
    </message>
    <message>
        <source>recipient to be completed {who}</source>
        <translation>recipient to be completed {who}</translation>
    </message>
    <message>
        <source> · purchase order {order} arrived</source>
        <translation> · purchase order {order} arrived</translation>
    </message>
    <message>
        <source>{n} taken in this session</source>
        <translation>{n} taken in this session</translation>
    </message>
    <message>
        <source>{waybill} was not taken in; scan it again.</source>
        <translation>{waybill} was not taken in; scan it again.</translation>
    </message>
    <message>
        <source>Scan it again to take it in anyway.</source>
        <translation>Scan it again to take it in anyway.</translation>
    </message>
    <message>
        <source>Select the parcel to undo in the list.</source>
        <translation>Select the parcel to undo in the list.</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>undone</translation>
    </message>
    <message>
        <source>Intake of {waybill} undone; code {code} is free again.</source>
        <translation>Intake of {waybill} undone; code {code} is free again.</translation>
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
    <name>ParcelSettingsDialog</name>
    <message>
        <source>Parcel settings</source>
        <translation>Parcel settings</translation>
    </message>
    <message>
        <source>Shelves and codes</source>
        <translation>Shelves and codes</translation>
    </message>
    <message>
        <source>Notices and fees</source>
        <translation>Notices and fees</translation>
    </message>
    <message>
        <source>Tariffs</source>
        <translation>Tariffs</translation>
    </message>
    <message>
        <source>Shelf</source>
        <translation>Shelf</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>Tiers</translation>
    </message>
    <message>
        <source>Parcels per tier</source>
        <translation>Parcels per tier</translation>
    </message>
    <message>
        <source>Add shelf</source>
        <translation>Add shelf</translation>
    </message>
    <message>
        <source>Remove selected shelf</source>
        <translation>Remove selected shelf</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> hours</translation>
    </message>
    <message>
        <source>Pickup code</source>
        <translation>Pickup code</translation>
    </message>
    <message>
        <source>Serial digits</source>
        <translation>Serial digits</translation>
    </message>
    <message>
        <source>A freed code rests for</source>
        <translation>A freed code rests for</translation>
    </message>
    <message>
        <source>Remind after (days)</source>
        <translation>Remind after (days)</translation>
    </message>
    <message>
        <source>Overdue after (days)</source>
        <translation>Overdue after (days)</translation>
    </message>
    <message>
        <source>Free storage (days)</source>
        <translation>Free storage (days)</translation>
    </message>
    <message>
        <source>Fee per day after that (0 = none)</source>
        <translation>Fee per day after that (0 = none)</translation>
    </message>
    <message>
        <source>Fee at most</source>
        <translation>Fee at most</translation>
    </message>
    <message>
        <source>Station's province</source>
        <translation>Station's province</translation>
    </message>
    <message>
        <source>Arrival SMS</source>
        <translation>Arrival SMS</translation>
    </message>
    <message>
        <source>Arrival SMS, several parcels</source>
        <translation>Arrival SMS, several parcels</translation>
    </message>
    <message>
        <source>Reminder SMS</source>
        <translation>Reminder SMS</translation>
    </message>
    <message>
        <source>Purchase arrived SMS</source>
        <translation>Purchase arrived SMS</translation>
    </message>
    <message>
        <source>Set by the township hub for every station.</source>
        <translation>Set by the township hub for every station.</translation>
    </message>
    <message>
        <source>Greyed-out settings are set by the township hub for every station.</source>
        <translation>Greyed-out settings are set by the township hub for every station.</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>First weight</source>
        <translation>First weight</translation>
    </message>
    <message>
        <source>Additional</source>
        <translation>Additional</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
    <message>
        <source>Same province</source>
        <translation>Same province</translation>
    </message>
    <message>
        <source>Other provinces</source>
        <translation>Other provinces</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <source>First kg price</source>
        <translation>First kg price</translation>
    </message>
    <message>
        <source>Each further kg</source>
        <translation>Each further kg</translation>
    </message>
    <message>
        <source>Valid from (YYYY-MM-DD)</source>
        <translation>Valid from (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Add tariff</source>
        <translation>Add tariff</translation>
    </message>
    <message>
        <source>Tariff saved.</source>
        <translation>Tariff saved.</translation>
    </message>
</context>
<context>
    <name>ParcelsOverduePage</name>
    <message>
        <source>Overdue parcels and notices</source>
        <translation>Overdue parcels and notices</translation>
    </message>
    <message>
        <source>At least</source>
        <translation>At least</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>All carriers</source>
        <translation>All carriers</translation>
    </message>
    <message>
        <source>Parcel settings…</source>
        <translation>Parcel settings…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Carrier</translation>
    </message>
    <message>
        <source>Waybill</source>
        <translation>Waybill</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Recipient</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Fee</source>
        <translation>Fee</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Extend hold 7 days</source>
        <translation>Extend hold 7 days</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Mark problem</source>
        <translation>Mark problem</translation>
    </message>
    <message>
        <source>Courier who takes the returns</source>
        <translation>Courier who takes the returns</translation>
    </message>
    <message>
        <source>Return selected to carrier</source>
        <translation>Return selected to carrier</translation>
    </message>
    <message>
        <source>Notices:</source>
        <translation>Notices:</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Reminders</translation>
    </message>
    <message>
        <source>Send SMS</source>
        <translation>Send SMS</translation>
    </message>
    <message>
        <source>WeChat text</source>
        <translation>WeChat text</translation>
    </message>
    <message>
        <source>Arrival list</source>
        <translation>Arrival list</translation>
    </message>
    <message>
        <source>Queue reminders for parcels 3 and 7 days old</source>
        <translation>Queue reminders for parcels 3 and 7 days old</translation>
    </message>
    <message>
        <source>Send the queued SMS through the modem</source>
        <translation>Send the queued SMS through the modem</translation>
    </message>
    <message>
        <source>Copy the arrival list as text for the village WeChat group</source>
        <translation>Copy the arrival list as text for the village WeChat group</translation>
    </message>
    <message>
        <source>Print the arrival list for the notice board</source>
        <translation>Print the arrival list for the notice board</translation>
    </message>
    <message>
        <source>Select one or more parcels in the list.</source>
        <translation>Select one or more parcels in the list.</translation>
    </message>
    <message>
        <source>Hold extended by 7 days.</source>
        <translation>Hold extended by 7 days.</translation>
    </message>
    <message>
        <source>Problem recorded.</source>
        <translation>Problem recorded.</translation>
    </message>
    <message>
        <source>Returned to the carrier; the list for the courier is printing.</source>
        <translation>Returned to the carrier; the list for the courier is printing.</translation>
    </message>
    <message>
        <source>{n} reminders queued.</source>
        <translation>{n} reminders queued.</translation>
    </message>
    <message>
        <source>SMS sent: {sent}, failed: {failed}.</source>
        <translation>SMS sent: {sent}, failed: {failed}.</translation>
    </message>
    <message>
        <source>The WeChat text is on the clipboard: paste it into the village group. {n} recipients are recorded as told.</source>
        <translation>The WeChat text is on the clipboard: paste it into the village group. {n} recipients are recorded as told.</translation>
    </message>
    <message>
        <source>Arrival list sent to the printer.</source>
        <translation>Arrival list sent to the printer.</translation>
    </message>
</context>
<context>
    <name>ParcelsStocktakePage</name>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
    </message>
    <message>
        <source>Shelf being scanned</source>
        <translation>Shelf being scanned</translation>
    </message>
    <message>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Start stock-take</source>
        <translation>Start stock-take</translation>
    </message>
    <message>
        <source>Finish and compare</source>
        <translation>Finish and compare</translation>
    </message>
    <message>
        <source>Scan each parcel's waybill or code sticker</source>
        <translation>Scan each parcel's waybill or code sticker</translation>
    </message>
    <message>
        <source>Expected, not seen</source>
        <translation>Expected, not seen</translation>
    </message>
    <message>
        <source>Seen, not on record</source>
        <translation>Seen, not on record</translation>
    </message>
    <message>
        <source>On the wrong shelf</source>
        <translation>On the wrong shelf</translation>
    </message>
    <message>
        <source>Close the open window first; the scan “{code}” was not used.</source>
        <translation>Close the open window first; the scan “{code}” was not used.</translation>
    </message>
    <message>
        <source>Press “Start stock-take” first.</source>
        <translation>Press “Start stock-take” first.</translation>
    </message>
    <message>
        <source>{n} scanned</source>
        <translation>{n} scanned</translation>
    </message>
    <message>
        <source>Stock-take started: scan every parcel.</source>
        <translation>Stock-take started: scan every parcel.</translation>
    </message>
    <message>
        <source>{code} belongs on {slot}, found on shelf {shelf}</source>
        <translation>{code} belongs on {slot}, found on shelf {shelf}</translation>
    </message>
    <message>
        <source>Expected {expected}, seen {seen}: {missing} missing, {unknown} unknown, {wrong} on the wrong shelf. The result is saved.</source>
        <translation>Expected {expected}, seen {seen}: {missing} missing, {unknown} unknown, {wrong} on the wrong shelf. The result is saved.</translation>
    </message>
</context>
<context>
    <name>ParcelsTabs</name>
    <message>
        <source>Pickup</source>
        <translation>Pickup</translation>
    </message>
    <message>
        <source>Overdue and notices</source>
        <translation>Overdue and notices</translation>
    </message>
    <message>
        <source>Stock-take</source>
        <translation>Stock-take</translation>
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
    <name>Problems</name>
    <message>
        <source>Damaged</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refused</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Lost</translation>
    </message>
    <message>
        <source>Wrong station</source>
        <translation>Wrong station</translation>
    </message>
    <message>
        <source>Other problem</source>
        <translation>Other problem</translation>
    </message>
</context>
<context>
    <name>PurchaseActionDialog</name>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Transaction number of a mobile payment</source>
        <translation>Transaction number of a mobile payment</translation>
    </message>
    <message>
        <source>Amount (yuan)</source>
        <translation>Amount (yuan)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
</context>
<context>
    <name>PurchaseFeeDialog</name>
    <message>
        <source>Service fee for agent purchases</source>
        <translation>Service fee for agent purchases</translation>
    </message>
    <message>
        <source>The fee is worked out on the goods plus shipping of each new order. Orders already taken keep their fee.</source>
        <translation>The fee is worked out on the goods plus shipping of each new order. Orders already taken keep their fee.</translation>
    </message>
    <message>
        <source>Fixed fee per order</source>
        <translation>Fixed fee per order</translation>
    </message>
    <message>
        <source>Percentage with a floor and a ceiling</source>
        <translation>Percentage with a floor and a ceiling</translation>
    </message>
    <message>
        <source>Tiers by order amount</source>
        <translation>Tiers by order amount</translation>
    </message>
    <message>
        <source>Kind of fee</source>
        <translation>Kind of fee</translation>
    </message>
    <message>
        <source>In yuan, like 3.00</source>
        <translation>In yuan, like 3.00</translation>
    </message>
    <message>
        <source>Fee per order (yuan)</source>
        <translation>Fee per order (yuan)</translation>
    </message>
    <message>
        <source>Like 3 or 2.5</source>
        <translation>Like 3 or 2.5</translation>
    </message>
    <message>
        <source>Percentage of goods and shipping (%)</source>
        <translation>Percentage of goods and shipping (%)</translation>
    </message>
    <message>
        <source>Empty: no floor</source>
        <translation>Empty: no floor</translation>
    </message>
    <message>
        <source>At least (yuan)</source>
        <translation>At least (yuan)</translation>
    </message>
    <message>
        <source>Empty: no ceiling</source>
        <translation>Empty: no ceiling</translation>
    </message>
    <message>
        <source>At most (yuan)</source>
        <translation>At most (yuan)</translation>
    </message>
    <message>
        <source>Order amount up to (yuan)</source>
        <translation>Order amount up to (yuan)</translation>
    </message>
    <message>
        <source>Fee (yuan)</source>
        <translation>Fee (yuan)</translation>
    </message>
    <message>
        <source>Add a tier</source>
        <translation>Add a tier</translation>
    </message>
    <message>
        <source>Remove the chosen tier</source>
        <translation>Remove the chosen tier</translation>
    </message>
    <message>
        <source>Fee above the last tier (yuan)</source>
        <translation>Fee above the last tier (yuan)</translation>
    </message>
    <message>
        <source>In force now: {rule}</source>
        <translation>In force now: {rule}</translation>
    </message>
    <message>
        <source>{fee} per order</source>
        <translation>{fee} per order</translation>
    </message>
    <message>
        <source>{percent}% of goods and shipping</source>
        <translation>{percent}% of goods and shipping</translation>
    </message>
    <message>
        <source>, at least {amount}</source>
        <translation>, at least {amount}</translation>
    </message>
    <message>
        <source>, at most {amount}</source>
        <translation>, at most {amount}</translation>
    </message>
    <message>
        <source>up to {limit}: {fee}</source>
        <translation>up to {limit}: {fee}</translation>
    </message>
    <message>
        <source>above: {fee}</source>
        <translation>above: {fee}</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
</context>
<context>
    <name>PurchaseOrderDialog</name>
    <message>
        <source>New agent purchase</source>
        <translation>New agent purchase</translation>
    </message>
    <message>
        <source>Customer: name, pinyin initials or last 4 digits of the phone</source>
        <translation>Customer: name, pinyin initials or last 4 digits of the phone</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>No customer chosen yet.</source>
        <translation>No customer chosen yet.</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Platform</translation>
    </message>
    <message>
        <source>Link or product id</source>
        <translation>Link or product id</translation>
    </message>
    <message>
        <source>Size / colour</source>
        <translation>Size / colour</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit price</source>
        <translation>Unit price</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Add item</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Shipping (yuan)</source>
        <translation>Shipping (yuan)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Deposit taken now (yuan)</source>
        <translation>Deposit taken now (yuan)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Transaction number of a mobile payment</source>
        <translation>Transaction number of a mobile payment</translation>
    </message>
    <message>
        <source>Payment reference</source>
        <translation>Payment reference</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Save and print receipt</source>
        <translation>Save and print receipt</translation>
    </message>
    <message>
        <source>Customer: {name} {phones} {village}</source>
        <translation>Customer: {name} {phones} {village}</translation>
    </message>
    <message>
        <source>goods {goods} + shipping {shipping} + service fee {fee} = {total}</source>
        <translation>goods {goods} + shipping {shipping} + service fee {fee} = {total}</translation>
    </message>
    <message>
        <source>Choose the customer first (search above, or New person).</source>
        <translation>Choose the customer first (search above, or New person).</translation>
    </message>
</context>
<context>
    <name>Purchases</name>
    <message>
        <source>Quoted</source>
        <translation>Quoted</translation>
    </message>
    <message>
        <source>Deposit taken</source>
        <translation>Deposit taken</translation>
    </message>
    <message>
        <source>Ordered online</source>
        <translation>Ordered online</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Shipped</translation>
    </message>
    <message>
        <source>Arrived</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Handed over</translation>
    </message>
    <message>
        <source>After-sales</source>
        <translation>After-sales</translation>
    </message>
    <message>
        <source>Return sent</source>
        <translation>Return sent</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Taobao</source>
        <translation>Taobao</translation>
    </message>
    <message>
        <source>Pinduoduo</source>
        <translation>Pinduoduo</translation>
    </message>
    <message>
        <source>JD</source>
        <translation>JD</translation>
    </message>
    <message>
        <source>Douyin</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>WeChat Pay</source>
        <translation>WeChat Pay</translation>
    </message>
    <message>
        <source>Alipay</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Opening float</translation>
    </message>
    <message>
        <source>Purchase deposit</source>
        <translation>Purchase deposit</translation>
    </message>
    <message>
        <source>Purchase balance</source>
        <translation>Purchase balance</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Service fee</source>
        <translation>Service fee</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Storage fee</source>
        <translation>Storage fee</translation>
    </message>
    <message>
        <source>Postage</source>
        <translation>Postage</translation>
    </message>
    <message>
        <source>Farmer payout</source>
        <translation>Farmer payout</translation>
    </message>
    <message>
        <source>Produce sale</source>
        <translation>Produce sale</translation>
    </message>
    <message>
        <source>Cash taken out</source>
        <translation>Cash taken out</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Order created</source>
        <translation>Order created</translation>
    </message>
    <message>
        <source>Tracking number added</source>
        <translation>Tracking number added</translation>
    </message>
    <message>
        <source>One parcel arrived</source>
        <translation>One parcel arrived</translation>
    </message>
    <message>
        <source>After-sales asked</source>
        <translation>After-sales asked</translation>
    </message>
    <message>
        <source>Commission expected</source>
        <translation>Commission expected</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>Commission received</translation>
    </message>
    <message>
        <source>Agent purchase</source>
        <translation>Agent purchase</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Goods</source>
        <translation>Goods</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Shipping</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Day close</source>
        <translation>Day close</translation>
    </message>
    <message>
        <source>Shift handover</source>
        <translation>Shift handover</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Operator</translation>
    </message>
    <message>
        <source>Opening cash</source>
        <translation>Opening cash</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Expected cash</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entries</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>PurchasesPage</name>
    <message>
        <source>Agent purchases</source>
        <translation>Agent purchases</translation>
    </message>
    <message>
        <source>Scan the order QR or a tracking number; or search a name, item or platform order number</source>
        <translation>Scan the order QR or a tracking number; or search a name, item or platform order number</translation>
    </message>
    <message>
        <source>Open orders</source>
        <translation>Open orders</translation>
    </message>
    <message>
        <source>Arrived, not collected</source>
        <translation>Arrived, not collected</translation>
    </message>
    <message>
        <source>Deposit taken, not ordered for over a day</source>
        <translation>Deposit taken, not ordered for over a day</translation>
    </message>
    <message>
        <source>New order (Ctrl+N)</source>
        <translation>New order (Ctrl+N)</translation>
    </message>
    <message>
        <source>Service fee…</source>
        <translation>Service fee…</translation>
    </message>
    <message>
        <source>Commission report</source>
        <translation>Commission report</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Order</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Balance due</source>
        <translation>Balance due</translation>
    </message>
    <message>
        <source>Choose an order, or scan its QR code.</source>
        <translation>Choose an order, or scan its QR code.</translation>
    </message>
    <message>
        <source>Hand over, collect balance</source>
        <translation>Hand over, collect balance</translation>
    </message>
    <message>
        <source>Platform order no.</source>
        <translation>Platform order no.</translation>
    </message>
    <message>
        <source>Tracking no.</source>
        <translation>Tracking no.</translation>
    </message>
    <message>
        <source>Take deposit</source>
        <translation>Take deposit</translation>
    </message>
    <message>
        <source>Return / exchange</source>
        <translation>Return / exchange</translation>
    </message>
    <message>
        <source>Return parcel sent</source>
        <translation>Return parcel sent</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Cancel order</source>
        <translation>Cancel order</translation>
    </message>
    <message>
        <source>Commission</source>
        <translation>Commission</translation>
    </message>
    <message>
        <source>Close order</source>
        <translation>Close order</translation>
    </message>
    <message>
        <source>Print receipt again</source>
        <translation>Print receipt again</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> and {n} more</translation>
    </message>
    <message>
        <source>{days} d {hours} h</source>
        <translation>{days} d {hours} h</translation>
    </message>
    <message>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message>
        <source>No order matches “{text}”.</source>
        <translation>No order matches “{text}”.</translation>
    </message>
    <message>
        <source>Total {total} · paid {paid} · refunded {refunded}</source>
        <translation>Total {total} · paid {paid} · refunded {refunded}</translation>
    </message>
    <message>
        <source>Balance due: {due}</source>
        <translation>Balance due: {due}</translation>
    </message>
    <message>
        <source>Platform orders: {numbers}</source>
        <translation>Platform orders: {numbers}</translation>
    </message>
    <message>
        <source>Tracking: {numbers}</source>
        <translation>Tracking: {numbers}</translation>
    </message>
    <message>
        <source>Hand over {order}</source>
        <translation>Hand over {order}</translation>
    </message>
    <message>
        <source>Collect the balance and give the goods.</source>
        <translation>Collect the balance and give the goods.</translation>
    </message>
    <message>
        <source>Ordered online</source>
        <translation>Ordered online</translation>
    </message>
    <message>
        <source>Scan or type the platform's order number.</source>
        <translation>Scan or type the platform's order number.</translation>
    </message>
    <message>
        <source>Tracking number</source>
        <translation>Tracking number</translation>
    </message>
    <message>
        <source>The courier's waybill number of this order.</source>
        <translation>The courier's waybill number of this order.</translation>
    </message>
    <message>
        <source>Return or exchange</source>
        <translation>Return or exchange</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Return</source>
        <translation>Return</translation>
    </message>
    <message>
        <source>Exchange</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <source>The waybill of the parcel sent back.</source>
        <translation>The waybill of the parcel sent back.</translation>
    </message>
    <message>
        <source>Return waybill</source>
        <translation>Return waybill</translation>
    </message>
    <message>
        <source>Money the platform refunded, given back to the villager.</source>
        <translation>Money the platform refunded, given back to the villager.</translation>
    </message>
    <message>
        <source>Everything paid is given back.</source>
        <translation>Everything paid is given back.</translation>
    </message>
    <message>
        <source>Commission received</source>
        <translation>Commission received</translation>
    </message>
    <message>
        <source>Commission paid by the platform for this order.</source>
        <translation>Commission paid by the platform for this order.</translation>
    </message>
    <message>
        <source>Receipt sent to the printer.</source>
        <translation>Receipt sent to the printer.</translation>
    </message>
    <message>
        <source>Saved: {order} is now “{state}”.</source>
        <translation>Saved: {order} is now “{state}”.</translation>
    </message>
    <message>
        <source>Order {order} saved; the receipt is printing.</source>
        <translation>Order {order} saved; the receipt is printing.</translation>
    </message>
    <message>
        <source>Service fee saved: {rule}. It applies to new orders.</source>
        <translation>Service fee saved: {rule}. It applies to new orders.</translation>
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
        <source>Township hub</source>
        <translation>Township hub</translation>
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
    <name>TrainingPanel</name>
    <message>
        <source>Simulated devices</source>
        <translation>Simulated devices</translation>
    </message>
    <message>
        <source>e.g. SF1234567890123</source>
        <translation>e.g. SF1234567890123</translation>
    </message>
    <message>
        <source>Scan</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scanner</translation>
    </message>
    <message>
        <source>e.g. 38.6 kg</source>
        <translation>e.g. 38.6 kg</translation>
    </message>
    <message>
        <source>Put on scale</source>
        <translation>Put on scale</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Scale</translation>
    </message>
    <message>
        <source>Printer out of paper</source>
        <translation>Printer out of paper</translation>
    </message>
    <message>
        <source>Modem without SIM card</source>
        <translation>Modem without SIM card</translation>
    </message>
    <message>
        <source>Last receipt</source>
        <translation>Last receipt</translation>
    </message>
    <message>
        <source>Last label</source>
        <translation>Last label</translation>
    </message>
    <message>
        <source>The virtual printer's output appears here.</source>
        <translation>The virtual printer's output appears here.</translation>
    </message>
    <message>
        <source>Practice login: 培训员, PIN {pin}</source>
        <translation>Practice login: 培训员, PIN {pin}</translation>
    </message>
    <message>
        <source>Reset training data</source>
        <translation>Reset training data</translation>
    </message>
    <message>
        <source>Yes, start again from fresh demo data</source>
        <translation>Yes, start again from fresh demo data</translation>
    </message>
    <message>
        <source>Scanned {code}</source>
        <translation>Scanned {code}</translation>
    </message>
    <message>
        <source>Nothing printed yet.</source>
        <translation>Nothing printed yet.</translation>
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